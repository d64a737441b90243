import TidingsModel

/// An item's identity within its feed: the one place it is derived (DESIGN convention 4).
///
/// WARNING: the store keys every item by this value. Changing any rule here, even trimming or the
/// prefixes, re-keys every stored item: each one reappears as new and unread. Change it only with a
/// migration that rewrites the stored keys, and update the pinned vectors in `ItemIdentityTests`.
///
/// The rules, first that applies:
/// 1. `guid:` + the item's own identifier (RSS `guid`, Atom `id`, RSS 1.0 `rdf:about`), trimmed.
/// 2. `link:` + the item's link, trimmed.
/// 3. `hash:` + `StableHash` (FNV-1a 64, 16 hex digits) of `t=<title>\nd=<date>`, with the title's
///    value and the raw text of `published` (else `updated`), each empty when missing; when the item
///    has neither title nor date, of `s=<summary>` (else the first content's value).
package enum ItemIdentity {
    package static func itemID(for entry: ParsedEntry) -> ItemID {
        if let id = TextValue.clean(entry.id) {
            return ItemID("guid:" + id)
        }
        if let link = TextValue.clean(entry.link) {
            return ItemID("link:" + link)
        }
        let title = entry.title?.value
        let date = (entry.published ?? entry.updated)?.raw
        let key: String
        if title != nil || date != nil {
            key = "t=\(title ?? "")\nd=\(date ?? "")"
        } else {
            key = "s=" + (entry.summary?.value ?? entry.content.first?.text.value ?? "")
        }
        return ItemID("hash:" + StableHash.hex(of: key))
    }
}
