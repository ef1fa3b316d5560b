/// The other ways news names a state's army or government: a registry
/// that knows the `Sudanese army` should find `Sudan's army` and `Sudanese
/// troops`, and one that knows the `Turkish army` should find `Turkish
/// forces`. Only names made of a country (or its adjective) and one of the
/// nouns below get variants, so `Syrian rebels` stays nobody's.
enum StateNames {
    /// Countries of the conflicts news reports, with their adjectives.
    static let adjectives: [String: String] = [
        "Afghanistan": "Afghan", "Algeria": "Algerian", "Armenia": "Armenian", "Azerbaijan": "Azerbaijani",
        "Bahrain": "Bahraini", "Bangladesh": "Bangladeshi", "Benin": "Beninese", "Britain": "British",
        "Burkina Faso": "Burkinabe", "Burundi": "Burundian", "Cameroon": "Cameroonian", "Chad": "Chadian",
        "China": "Chinese", "Colombia": "Colombian", "Congo": "Congolese", "Egypt": "Egyptian",
        "Eritrea": "Eritrean", "Ethiopia": "Ethiopian", "France": "French", "Georgia": "Georgian",
        "Ghana": "Ghanaian", "India": "Indian", "Indonesia": "Indonesian", "Iran": "Iranian", "Iraq": "Iraqi",
        "Israel": "Israeli", "Jordan": "Jordanian", "Kenya": "Kenyan", "Kuwait": "Kuwaiti", "Lebanon": "Lebanese",
        "Libya": "Libyan", "Mali": "Malian", "Mauritania": "Mauritanian", "Mexico": "Mexican", "Morocco": "Moroccan",
        "Mozambique": "Mozambican", "Niger": "Nigerien", "Nigeria": "Nigerian", "Oman": "Omani",
        "Pakistan": "Pakistani", "Philippines": "Philippine", "Qatar": "Qatari", "Russia": "Russian",
        "Rwanda": "Rwandan", "Saudi Arabia": "Saudi", "Senegal": "Senegalese", "Somalia": "Somali",
        "South Sudan": "South Sudanese", "Sri Lanka": "Sri Lankan", "Sudan": "Sudanese", "Syria": "Syrian",
        "Tajikistan": "Tajik", "Tanzania": "Tanzanian", "Thailand": "Thai", "Togo": "Togolese", "Tunisia": "Tunisian",
        "Turkey": "Turkish", "Uganda": "Ugandan", "Ukraine": "Ukrainian", "United States": "American",
        "Uzbekistan": "Uzbek", "Venezuela": "Venezuelan", "Yemen": "Yemeni",
    ]

    /// Each adjective's country.
    static let countries: [String: String] = Dictionary(adjectives.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    /// Nouns that, after a country, name the same thing: its armed forces,
    /// or its government.
    static let nounGroups: [[String]] = [
        ["armed forces", "security forces", "army", "military", "forces", "troops", "soldiers"],
        ["government", "regime", "authorities"],
    ]

    /// What a state strikes with: `Israeli air strikes killed ...`.
    static let airPower = ["air strikes", "airstrikes", "air force", "warplanes", "jets", "drones", "artillery", "aircraft"]

    /// The variants of `name` (`Sudanese army`: `Sudanese troops`, `Sudan's
    /// army`, `Sudan's military`, ...), without `name` itself; none for
    /// other names.
    static func variants(of name: String) -> [String] {
        // A state named by its country alone (`Turkey`): its army, its
        // government and its air power (`Turkish troops`, `Russian air
        // strikes`, `Rwanda's army`).
        if let adjective = adjectives[name] {
            return (nounGroups.flatMap { $0 } + airPower).flatMap { ["\(adjective) \($0)", "\(name)'s \($0)"] }
        }
        guard let arm = arm(of: name) else { return [] }
        let lower = name.lowercased()
        return nounGroups[arm.group].flatMap { ["\(arm.adjective) \($0)", "\(arm.country)'s \($0)"] }
            .filter { $0.lowercased() != lower }
    }

    /// The names of the state's other arm, for a name of one: a registry's
    /// `Syrian government` is also the `Syrian army` and `Syrian troops`
    /// (analysts record the army's fighting as the government's), and its
    /// `Somali army` the `Somali government`. Taken only where no faction
    /// has the name or its own variant (`Registry`).
    static func otherArmVariants(of name: String) -> [String] {
        guard let arm = arm(of: name) else { return [] }
        return nounGroups[1 - arm.group].flatMap { ["\(arm.adjective) \($0)", "\(arm.country)'s \($0)"] }
    }

    /// For a name made of a country (or its adjective) and a noun of
    /// `nounGroups` (`Sudanese army`): the noun's group, the country and
    /// its adjective.
    private static func arm(of name: String) -> (group: Int, country: String, adjective: String)? {
        let lower = name.lowercased()
        for (index, group) in nounGroups.enumerated() {
            for noun in group where lower.hasSuffix(" " + noun) {
                guard let (country, adjective) = countryAndAdjective(String(name.dropLast(noun.count + 1))) else { return nil }
                return (index, country, adjective)
            }
        }
        return nil
    }

    /// `Sudanese`, `Sudan` or `Sudan's`: the country and its adjective.
    private static func countryAndAdjective(_ owner: String) -> (String, String)? {
        if let country = countries[owner] { return (country, owner) }
        if let adjective = adjectives[owner] { return (owner, adjective) }
        for suffix in ["'s", "’s"] where owner.hasSuffix(suffix) {
            let country = String(owner.dropLast(suffix.count))
            if let adjective = adjectives[country] { return (country, adjective) }
        }
        return nil
    }
}
