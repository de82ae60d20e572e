//! The page a take-home code links to.

use crate::browser::warn_web_team;

/// The page a take-home code links to: the host's `take-home-url`, resolved against this
/// page, when it is an https address (or http on this machine, for trying it out); else,
/// outside a kiosk, this page. A kiosk without a usable `take-home-url` gets `None`: a phone
/// opening the kiosk page would be a kiosk too, and keep nothing.
pub fn page_for_codes(take_home_url: Option<&str>, kiosk: bool) -> Option<String> {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let chosen = take_home_url.and_then(|url| {
        let resolved = web_sys::Url::new_with_base(url, &here).ok();
        let usable = resolved.filter(|u| {
            u.protocol() == "https:"
                || (u.protocol() == "http:"
                    && matches!(u.hostname().as_str(), "localhost" | "127.0.0.1" | "[::1]"))
        });
        if usable.is_none() {
            warn_web_team(&format!(
                "take-home-url=\"{url}\" is not an https address; {}",
                if kiosk {
                    "no take-home code is offered"
                } else {
                    "codes link to this page"
                }
            ));
        }
        usable.map(|u| u.href())
    });
    let page = match chosen {
        Some(page) => page,
        None if kiosk => return None,
        None => here,
    };
    Some(page.split('#').next().unwrap_or_default().to_owned())
}
