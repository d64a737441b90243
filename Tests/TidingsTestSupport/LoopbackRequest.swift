/// A request as the loopback server received it, recorded so tests can assert what a client sent.
package struct LoopbackRequest: Sendable, Hashable {
    /// `GET`, `HEAD`…
    package var method: String
    /// The path without the query, percent-decoded.
    package var path: String
    /// The raw query string without `?`; empty when there is none.
    package var query: String
    /// Header names lower-cased; repeated headers joined with ", ".
    package var headers: [String: String]
    /// The client's end of the connection (`127.0.0.1:<port>`): equal for requests that reused
    /// a connection.
    package var client: String

    package init(method: String, path: String, query: String = "", headers: [String: String] = [:],
                 client: String = "") {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.client = client
    }

    /// The header's value, looked up case-insensitively.
    package func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }
}
