/// What can go wrong with the database, each case one sentence a user can act on.
package enum StoreError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The database file or its folder cannot be created or opened.
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer Tidings than this binary.
    case newerThanBinary(path: String, unknownMigrations: [String])
    /// No feed has that URL or ID.
    case unknownFeed(String)
    /// No story has that ID.
    case unknownStory(Int64)
    /// Any other SQLite failure, with SQLite's own message.
    case sqlite(String)
    /// A value the user gave was refused; the sentence says why.
    case invalid(String)

    package var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the database at \(path): \(reason)"
        case .newerThanBinary(let path, let unknown):
            return "the database at \(path) was written by a newer version of Tidings "
                + "(unknown migrations: \(unknown.joined(separator: ", "))); upgrade tidings"
        case .unknownFeed(let key):
            return "no feed with URL or ID \(key)"
        case .unknownStory(let id):
            return "no story with ID \(id)"
        case .invalid(let sentence):
            return sentence
        case .sqlite(let message):
            return "database error: \(message)"
        }
    }
}
