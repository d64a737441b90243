/// Month names and abbreviations feeds write, in English and the languages whose feeds most often
/// localise their RSS dates against the RFC: French, German, Spanish, Italian, Portuguese and Dutch.
/// Keys are lowercase, without a trailing period; accents both kept and dropped (`févr`, `fevr`),
/// since feeds drop them too.
enum MonthNames {
    /// The month for a whole word (`jan`, `january`, `mars`, `märz`, `mayo`, `janv`), else nil.
    static func month(exactly word: String) -> Int? {
        months[word]
    }

    /// The month for a word in the month slot of a date: a whole name, or a longer spelling of a
    /// three-letter abbreviation (`Janu`, `Septembre`).
    static func month(_ word: String) -> Int? {
        if let month = months[word] { return month }
        guard word.count > 3 else { return nil }
        let prefix = String(word.prefix(3))
        return threeLetter.contains(prefix) ? months[prefix] : nil
    }

    private static let names: [Int: [String]] = [
        1: ["jan", "january", "janvier", "janv", "januar", "jänner", "jän", "enero", "ene", "gennaio", "gen",
            "janeiro", "januari"],
        2: ["feb", "february", "février", "fevrier", "févr", "fevr", "fév", "fev", "februar", "febrero",
            "febbraio", "fevereiro", "februari"],
        3: ["mar", "march", "mars", "märz", "maerz", "mär", "mrz", "marzo", "março", "marco", "maart", "mrt"],
        4: ["apr", "april", "avril", "avr", "abril", "abr", "aprile"],
        5: ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
        6: ["jun", "june", "juin", "juni", "junio", "giugno", "giu", "junho"],
        7: ["jul", "july", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho"],
        8: ["aug", "august", "août", "aout", "agosto", "ago", "augustus"],
        9: ["sep", "sept", "september", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro"],
        10: ["oct", "october", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out"],
        11: ["nov", "november", "novembre", "noviembre", "novembro"],
        12: ["dec", "december", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre",
             "dezembro"],
    ]

    private static let months: [String: Int] = names.reduce(into: [:]) { table, entry in
        for name in entry.value { table[name] = entry.key }
    }

    /// Three-letter keys whose longer spellings are all the same month. `jui` is not one: it starts
    /// both `juin` and `juillet`.
    private static let threeLetter: Set<String> = Set(months.keys.filter { $0.count == 3 })
}
