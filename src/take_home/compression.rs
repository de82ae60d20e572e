//! Raw deflate with the browser's own `CompressionStream` and `DecompressionStream`, so the
//! bundle carries no deflate code.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `CompressionStream` (Chromium 80, Safari 16.4, Firefox 113).
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<Compressor, JsValue>;

    /// `DecompressionStream`.
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<Decompressor, JsValue>;

    /// A `Blob`, for its `stream()`.
    #[wasm_bindgen(js_name = Blob)]
    type Bytes;
    #[wasm_bindgen(method)]
    fn stream(this: &Bytes) -> ByteStream;

    /// A `ReadableStream`.
    type ByteStream;
    #[wasm_bindgen(method, catch, js_name = pipeThrough)]
    fn pipe_through(this: &ByteStream, transform: &JsValue) -> Result<ByteStream, JsValue>;

    /// `Response`, only to read a stream to its end.
    #[wasm_bindgen(js_name = Response)]
    type StreamReader;
    #[wasm_bindgen(constructor, catch)]
    fn new(stream: &ByteStream) -> Result<StreamReader, JsValue>;
    #[wasm_bindgen(method, js_name = arrayBuffer)]
    fn array_buffer(this: &StreamReader) -> js_sys::Promise;
}

/// Raw deflate through the browser's streams, either way.
pub async fn deflate_raw(bytes: &[u8], inflate: bool) -> Result<Vec<u8>, JsValue> {
    let transform: JsValue = if inflate {
        Decompressor::new("deflate-raw")?.into()
    } else {
        Compressor::new("deflate-raw")?.into()
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let stream = blob
        .unchecked_ref::<Bytes>()
        .stream()
        .pipe_through(&transform)?;
    let buffer = JsFuture::from(StreamReader::new(&stream)?.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
