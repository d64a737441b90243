/// The RSS elements the parser reads, whichever namespace carried them: none (RSS 0.9x and 2.0), RSS
/// 1.0, Netscape's RSS 0.90, and the Dublin Core, content and Atom modules.
enum RSSField {
    case title, link, description, language, copyright, pubDate, lastBuildDate, ttl
    case managingEditor, generator, category, guid, author, enclosure, comments, source
    case contentEncoded, xhtmlBody, atomLink
    case dcTitle, dcDescription, dcCreator, dcDate, dcSubject, dcLanguage, dcRights
    case termsModified, termsIssued
    case channel, item

    init?(_ element: SAXElement) {
        switch element.namespace {
        case nil, XMLNamespace.rss10?, XMLNamespace.rss090?:
            self.init(core: element.name)
        case let namespace? where XMLNamespace.rss20Variants.contains(namespace):
            self.init(core: element.name)
        case XMLNamespace.dublinCore?:
            self.init(dublinCore: element.name)
        case XMLNamespace.dublinCoreTerms?:
            switch element.name {
            case "modified": self = .termsModified
            case "issued": self = .termsIssued
            default: return nil
            }
        case XMLNamespace.content? where element.name == "encoded": self = .contentEncoded
        case XMLNamespace.xhtml? where element.name == "body": self = .xhtmlBody
        case XMLNamespace.atom10? where element.name == "link": self = .atomLink
        default: return nil
        }
    }

    private init?(core name: String) {
        switch name {
        case "title": self = .title
        case "link": self = .link
        case "description": self = .description
        case "language": self = .language
        case "copyright": self = .copyright
        case "pubDate": self = .pubDate
        case "lastBuildDate": self = .lastBuildDate
        case "ttl": self = .ttl
        case "managingEditor": self = .managingEditor
        case "generator": self = .generator
        case "category": self = .category
        case "guid": self = .guid
        case "author": self = .author
        case "enclosure": self = .enclosure
        case "comments": self = .comments
        case "source": self = .source
        case "channel": self = .channel
        case "item": self = .item
        default: return nil
        }
    }

    private init?(dublinCore name: String) {
        switch name {
        case "title": self = .dcTitle
        case "description": self = .dcDescription
        case "creator", "author": self = .dcCreator
        case "date": self = .dcDate
        case "subject": self = .dcSubject
        case "language": self = .dcLanguage
        case "rights": self = .dcRights
        default: return nil
        }
    }

    /// How the element's children are read: text fields may hold HTML pasted in unescaped, so their
    /// children are captured as markup rather than lost.
    var childContent: ChildContent {
        switch self {
        case .title, .dcTitle, .copyright, .dcRights:
            .markup(MarkupStyle(textOnly: true))
        case .description, .contentEncoded, .dcDescription:
            .markup(MarkupStyle())
        case .xhtmlBody:
            .markup(MarkupStyle(alwaysEscape: true))
        default:
            .elements
        }
    }
}
