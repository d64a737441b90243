import TidingsModel

/// Names the RSS flavour from the root element, as `parse --json` reports it.
enum RSSVersion {
    /// The format for `<rss version="…">`. RSS 0.91 came in two incompatible specs; Netscape's is the
    /// one whose documents carry Netscape's DOCTYPE.
    static func format(version: String?, doctypePublicID: String?) -> FeedFormat {
        switch TextValue.clean(version) {
        case "0.91"?:
            doctypePublicID?.contains("Netscape") == true ? .rss091n : .rss091u
        case "0.90"?: .rss090
        case "0.92"?: .rss092
        case "0.93"?: .rss093
        case "0.94"?: .rss094
        case let version? where version == "2" || version.hasPrefix("2."): .rss20
        default: .rss
        }
    }
}
