/// How the children of a namespaced module's element are read, in RSS and Atom alike. Text values
/// may hold HTML pasted in unescaped, so their children are captured as markup rather than lost;
/// containers (`media:group`, `itunes:owner`) must keep reporting their children.
enum ModuleChildContent {
    static func rule(for name: ElementName, _ element: SAXElement) -> ChildContent {
        switch name.module {
        case .content where name.local == "encoded": .markup(MarkupStyle())
        case .xhtml where name.local == "body": .markup(MarkupStyle(alwaysEscape: true))
        case .dublinCore, .dublinCoreTerms:
            switch name.local {
            case "title", "rights": .markup(MarkupStyle(textOnly: true))
            case "description", "abstract": .markup(MarkupStyle())
            default: .elements
            }
        case .media where name.local == "title" || name.local == "description":
            MediaElements.childContent(for: element)
        case .itunes where name.local == "summary" || name.local == "subtitle":
            .markup(MarkupStyle(textOnly: true))
        default: .elements
        }
    }
}
