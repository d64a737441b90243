/// Where the database lives when no `--db` is given.
///
/// Order: `--db`, `$TIDINGS_DB`, `$STATE_DIRECTORY/tidings.sqlite` (systemd's `StateDirectory=`),
/// `$XDG_STATE_HOME/tidings/tidings.sqlite`, `$HOME/.local/state/tidings/tidings.sqlite`.
package enum DatabaseLocation {
    package static func resolve(explicit: String?, environment: [String: String]) -> String {
        func nonEmpty(_ key: String) -> String? {
            guard let value = environment[key], !value.isEmpty else { return nil }
            return value
        }
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = nonEmpty("TIDINGS_DB") { return path }
        // systemd may pass several colon-separated state directories; ours is the first.
        if let state = nonEmpty("STATE_DIRECTORY")?.split(separator: ":").first {
            return joined(String(state), "tidings.sqlite")
        }
        if let xdg = nonEmpty("XDG_STATE_HOME") { return joined(xdg, "tidings/tidings.sqlite") }
        let home = nonEmpty("HOME") ?? "."
        return joined(home, ".local/state/tidings/tidings.sqlite")
    }

    private static func joined(_ folder: String, _ rest: String) -> String {
        folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
    }
}
