/// Query parameters that only say how a reader arrived (campaign, click and share tracking), not
/// which page they asked for. `CanonicalURL` drops them so that the same article reached through a
/// newsletter and through its RSS feed gets one key.
///
/// This is the only list: add a parameter here, with its source, when a feed is seen using it.
/// Only add names that never select content — dropping a real parameter would merge different pages.
enum TrackingParameters {
    /// Any parameter whose lower-cased name starts with one of these.
    static let prefixes = [
        "utm_",  // Google Analytics campaign tags (utm_source, utm_medium, utm_campaign, …)
    ]

    /// Parameters matched by their whole lower-cased name.
    static let names: Set<String> = [
        "fbclid",  // Facebook click ID
        "gclid", "dclid",  // Google Ads and DoubleClick click IDs
        "msclkid",  // Microsoft Advertising click ID
        "mc_cid", "mc_eid",  // Mailchimp campaign and recipient IDs
        "igshid",  // Instagram share ID
        "yclid",  // Yandex click ID
        "_ga",  // Google Analytics cross-domain linker
        "cmpid",  // campaign ID (Adobe and various publishers)
        "ref_src",  // Twitter/X referral source
        "ncid", "ocid",  // news-site campaign IDs (Yahoo, MSN, NBC, …)
        "sr_share",  // Scroll/Slate share marker
        "at_medium", "at_campaign",  // AT Internet (Piano) campaign tags
        "__twitter_impression",  // Twitter card impression marker
    ]

    /// True when the parameter named `name` (already percent-normalised) is tracking only.
    static func isTracking(_ name: Substring) -> Bool {
        let lowered = name.lowercased()
        return names.contains(lowered) || prefixes.contains { lowered.hasPrefix($0) }
    }
}
