/// The Atom elements the parser reads, with Atom 0.3's older names folded onto Atom 1.0's.
enum AtomField {
    case entry, source, author, contributor, name, email, uri
    case title, subtitle, rights, summary, content
    case id, link, updated, published, category, icon, logo, generator
    /// Atom 0.3 only: a note about the feed, and when an entry was first written.
    case info, created

    init?(_ name: String, isAtom03: Bool) {
        switch name {
        case "entry": self = .entry
        case "source": self = .source
        case "author": self = .author
        case "contributor": self = .contributor
        case "name": self = .name
        case "email": self = .email
        case "uri": self = .uri
        case "title": self = .title
        case "subtitle": self = .subtitle
        case "rights": self = .rights
        case "summary": self = .summary
        case "content": self = .content
        case "id": self = .id
        case "link": self = .link
        case "updated": self = .updated
        case "published": self = .published
        case "category": self = .category
        case "icon": self = .icon
        case "logo": self = .logo
        case "generator": self = .generator
        // Atom 0.3 spellings.
        case "url" where isAtom03: self = .uri
        case "tagline" where isAtom03: self = .subtitle
        case "copyright" where isAtom03: self = .rights
        case "modified" where isAtom03: self = .updated
        case "issued" where isAtom03: self = .published
        case "info" where isAtom03: self = .info
        case "created" where isAtom03: self = .created
        default: return nil
        }
    }

    /// True for the text constructs, whose children may be markup.
    var isTextConstruct: Bool {
        switch self {
        case .title, .subtitle, .rights, .summary, .content, .info: true
        default: false
        }
    }
}
