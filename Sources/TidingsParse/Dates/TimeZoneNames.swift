/// Time zone abbreviations seen in feed dates, as offsets east of UTC in seconds.
enum TimeZoneNames {
    private static let hours: [String: Double] = [
        // RFC 822's own names.
        "gmt": 0, "ut": 0, "utc": 0, "z": 0,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        // Others feeds write although no RFC defines them; where an abbreviation is ambiguous (IST,
        // BST) the reading most feeds mean is taken.
        "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "wet": 0, "west": 1, "met": 1, "mest": 2,
        "msk": 3, "ist": 5.5, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "awst": 8, "acst": 9.5,
        "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13, "hst": -10, "akst": -9, "akdt": -8,
        "ast": -4, "adt": -3, "nst": -3.5, "ndt": -2.5,
        // German names for the European zones.
        "mez": 1, "mesz": 2, "wez": 0, "wesz": 1, "oez": 2, "oesz": 3,
    ]

    /// The offset for `name` (lowercase), or nil when unknown. RFC 822's single-letter military zones
    /// had their signs defined backwards, so RFC 2822 says to read every letter but Z as "unknown",
    /// that is UTC.
    static func offset(named name: String) -> Int? {
        if let hours = hours[name] { return Int(hours * 3600) }
        if name.count == 1, name != "j" { return 0 }
        return nil
    }
}
