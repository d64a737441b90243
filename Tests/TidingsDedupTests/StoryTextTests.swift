import Testing
@testable import TidingsDedup

@Suite struct StoryTextTests {
    @Test(arguments: [
        ("ROTTERDAM, Netherlands (Reuters) - Dockworkers walked out on Tuesday.", "Dockworkers walked out on Tuesday."),
        ("(AP) — Dockworkers walked out on Tuesday.", "Dockworkers walked out on Tuesday."),
        ("WASHINGTON — The Senate voted on Friday.", "The Senate voted on Friday."),
        ("SAN JOSE, Calif. -- Shares fell.", "Shares fell."),
        // Not datelines: an ordinary sentence with a dash keeps every word.
        ("The minister said the plan - if passed - would cost less.", "The minister said the plan - if passed - would cost less."),
        ("Prices rose 3% — the most since 2022.", "Prices rose 3% — the most since 2022."),
    ])
    func datelinesAreRemoved(input: String, expected: String) {
        #expect(Dateline.stripped(input) == expected)
    }

    @Test func outletAdditionsAreNotText() {
        let html = """
            <figure><img src="x.jpg"><figcaption>Containers at the port on Tuesday. (Anneke Vos/Reuters)</figcaption></figure>
            <p>By Anneke Vos</p>
            <p>ROTTERDAM (Reuters) - Dockworkers at Europe's largest port walked out on Tuesday over an automation plan.</p>
            <p><strong>WATCH |</strong> Ships queue outside the port as talks stall between the union and employers.</p>
            <p>The union said the strike would last 48 hours and could be extended next week.</p>
            <p>Read more: How automation is changing ports around the world</p>
            <p>Source link</p><p>Leave a Reply</p>
            """
        let text = StoryText(summaryHTML: nil, contentHTML: html)
        #expect(text.blocks == [
            "Dockworkers at Europe's largest port walked out on Tuesday over an automation plan.",
            "The union said the strike would last 48 hours and could be extended next week.",
        ])
    }

    @Test func whatAFeedRepeatsInItsItemsIsBoilerplate() {
        let footer = "<p>Subscribe to the Courier's morning briefing for the day's top stories, every weekday.</p>"
        let items = (1...4).map { number in
            (summary: String?.none, content: Optional("<p>Story number \(number) is about something else entirely, with its own words.</p>" + footer))
        }
        let repeated = StoryText.repeatedBlocks(items)
        #expect(repeated.count == 1)
        let text = StoryText(summaryHTML: nil, contentHTML: items[0].content, boilerplate: repeated)
        #expect(text.blocks == ["Story number 1 is about something else entirely, with its own words."])
        // Fewer than three items: nothing can be called repeated.
        #expect(StoryText.repeatedBlocks(Array(items.prefix(2))).isEmpty)
    }

    @Test func headlinesLoseOutletDecorations() {
        let plain = Headline.words("Rotterdam dockworkers walk out over automation plan")
        #expect(Headline.words("BREAKING: Rotterdam dockworkers walk out over automation plan | Northern Courier") == plain)
        #expect(Headline.words("Rotterdam dockworkers walk out over automation plan - Harbour Daily") == plain)
        #expect(Headline.words("Rotterdam dockworkers walk out over automation plan (Reuters)") == plain)
        // A long tail after a dash is part of the headline, not an outlet name.
        #expect(Headline.words("Strike ends - union accepts phased automation after two days of talks").count == 11)
    }

    @Test func namesAndNumbersAreWhatATextNames() {
        let text = "Dockworkers at Rotterdam walked out. Officials said 7,000 workers joined. Helix Biotech lost $480m."
        // "Dockworkers" starts a sentence but is no common word: it may be a name, so it counts.
        #expect(Words.names(text) == ["dockworkers", "rotterdam", "7000", "helix", "biotech", "480m"])
        #expect(Words.numbers(text) == ["7000", "480"])
        #expect(Words.numbers("a 3.5% rise on 1 May") == ["35"])
    }

    @Test func copyEditsFoldTogether() {
        #expect(Words.split("Prices rose 3 per cent, the minister said.") == Words.split("Prices rose 3 percent, the minister says."))
        #expect(Words.split("Don't stop") == ["dont", "stop"])
    }
}

@Suite struct FingerprintTests {
    static let paragraphs = [
        "Dockworkers at Europe's largest container port walked out on Tuesday over a plan to automate two terminals, leaving dozens of ships waiting at anchor in the North Sea.",
        "The union representing about 7,000 workers said the stoppage would last 48 hours and could be extended if the port authority did not withdraw the plan by Friday.",
        "Port officials said the automation would be phased in over six years and that no permanent employee would lose a job, a promise the union called worthless without a written guarantee.",
        "Shipping lines began diverting vessels to Antwerp and Hamburg on Tuesday afternoon, according to a logistics consultancy that tracks berth schedules across northern Europe.",
        "The last major strike at the port, in 2024, lasted nine days and ended with a deal that capped the number of automated cranes at each terminal until the end of this year.",
    ]

    static func html(_ indices: [Int], extra: String = "") -> String {
        indices.map { "<p>\(paragraphs[$0])</p>" }.joined() + extra
    }

    static func fingerprint(_ html: String, title: String = "Rotterdam dockworkers strike") -> Fingerprint {
        Fingerprint(title: title, text: StoryText(summaryHTML: nil, contentHTML: html))
    }

    @Test func survivesStorage() throws {
        let fingerprint = Self.fingerprint(Self.html([0, 1, 2, 3, 4]))
        #expect(!fingerprint.anchors.isEmpty && !fingerprint.lede.isEmpty && fingerprint.size > 100)
        #expect(Fingerprint(encoded: fingerprint.encoded) == fingerprint)
        #expect(Fingerprint(encoded: Array(fingerprint.encoded.dropLast())) == nil)
        #expect(Fingerprint(encoded: [3] + fingerprint.encoded.dropFirst()) == nil)
    }

    @Test func aTrimmedCopyIsContainedInTheOriginal() {
        let original = Self.fingerprint(Self.html([0, 1, 2, 3, 4]))
        let trimmed = Self.fingerprint(Self.html([0, 1, 2]), title: "Ships stack up as Rotterdam port strike begins")
        let decision = NearMatcher.decide(trimmed, at: 0, against: original, at: 3600, rules: DedupRules())
        #expect(decision.scores.containment == 1)
        #expect(decision.signal == .content)
    }

    @Test func aFollowUpReusingOneParagraphIsAnotherStory() {
        let original = Self.fingerprint(Self.html([0, 1, 2, 3, 4]))
        let followUp = Self.fingerprint("""
            <p>Rotterdam dockworkers returned to work on Thursday after the union accepted a written promise that \
            no permanent employee would be laid off while two terminals are automated.</p>
            <p>The agreement, reached after 30 hours of talks, also gives workers a say in the order in which cranes \
            are replaced, union leader Pieter Smit told reporters outside the port authority's offices.</p>
            <p>\(Self.paragraphs[4])</p>
            """, title: "Rotterdam strike ends as union wins job guarantee")
        let decision = NearMatcher.decide(followUp, at: 86_400, against: original, at: 0, rules: DedupRules())
        #expect(decision.signal == nil, "\(decision.scores.summary)")
        #expect(decision.scores.containment > 0)  // it does share a paragraph: the rules, not luck, keep it apart
    }

    @Test func aStoryFromTheSameTemplateIsAnotherStory() {
        let original = Self.fingerprint(Self.html([0, 1, 2, 3, 4]))
        // Same sentences, another port and other numbers: what a careless matcher merges.
        let sibling = Self.paragraphs.map {
            $0.replacingOccurrences(of: "North Sea", with: "Scheldt").replacingOccurrences(of: "7,000", with: "4,500")
                .replacingOccurrences(of: "Antwerp and Hamburg", with: "Rotterdam and Bremerhaven")
                .replacingOccurrences(of: "Europe's largest", with: "Belgium's largest")
        }
        let other = Fingerprint(title: "Antwerp dockworkers strike", text: StoryText(
            summaryHTML: nil, contentHTML: sibling.map { "<p>\($0)</p>" }.joined()))
        let decision = NearMatcher.decide(other, at: 0, against: original, at: 0, rules: DedupRules())
        #expect(decision.scores.containment > 0.5)
        #expect(decision.signal == nil, "\(decision.scores.summary)")
    }

    @Test func titleOnlyItemsFoldOnTheHeadlineAlone() {
        let original = Self.fingerprint(Self.html([0, 1, 2, 3, 4]), title: "Rotterdam dockworkers walk out over automation plan")
        let titleOnly = Fingerprint(title: "BREAKING: Rotterdam dockworkers walk out over automation plan",
                                    text: StoryText(blocks: []))
        #expect(NearMatcher.decide(titleOnly, at: 0, against: original, at: 0, rules: DedupRules()).signal == .title)
        // The same headline two weeks later is a different event.
        #expect(NearMatcher.decide(titleOnly, at: 14 * 86_400, against: original, at: 0, rules: DedupRules()).signal == nil)
    }

    @Test func twoFullTextsWithTheSameHeadlineButDifferentWordsStayApart() {
        let morning = Self.fingerprint(Self.html([0, 1]), title: "Morning briefing: what you need to know today")
        let other = Self.fingerprint("""
            <p>A new exhibition of Flemish tapestries opens at the city museum on Saturday, the first time the \
            collection has been shown in full since its restoration began a decade ago.</p>
            <p>Curators spent three years repairing moth damage and fading, and the museum says the cost was met \
            entirely by private donors and a lottery grant awarded in 2023.</p>
            """, title: "Morning briefing: what you need to know today")
        let decision = NearMatcher.decide(morning, at: 0, against: other, at: 3600, rules: DedupRules())
        #expect(decision.scores.sameTitle)
        #expect(decision.signal == nil)
    }

    @Test func rulesAreSetByNameWithClearErrors() throws {
        var rules = DedupRules()
        try rules.set("containment", to: "0.9")
        #expect(rules.containment == 0.9)
        try rules.set("preferred-sources", to: "Reuters Wire, AP ,")
        #expect(rules.preferredSources == ["Reuters Wire", "AP"])
        #expect(throws: DedupRuleError.unknown("containmint")) { try rules.set("containmint", to: "1") }
        #expect(throws: DedupRuleError.badValue("containment", "1.5")) { try rules.set("containment", to: "1.5") }
        // Every rule `--show` prints can be set back by its name, to the value shown.
        var copy = DedupRules()
        for (name, value) in rules.settings { try copy.set(name, to: value) }
        #expect(copy == rules)
        #expect(Set(rules.settings.map(\.name)).count == rules.settings.count)
    }
}
