/// The words and sentence templates `ArticleGenerator` draws from: news topics
/// (oil, banking, grain, technology, trade, company results, politics, metals,
/// shipping), each with its own titles and sentences, and the names that fill
/// them. A template's `{slot}` is replaced by a draw from `NewsVocabulary.slots`.
enum NewsVocabulary {
    struct Topic {
        var name: String
        var titles: [String]
        var sentences: [String]
        /// What a photo shows; a caption adds a place and a date.
        var scenes: [String]
    }

    static let cities = [
        "London", "Tokyo", "New York", "Frankfurt", "Chicago", "Houston", "Rotterdam", "Singapore",
        "Zurich", "Ottawa", "Brussels", "Moscow", "Jakarta", "Seoul", "Cairo", "Lagos", "Buenos Aires",
        "Sao Paulo", "Mumbai", "Sydney", "Oslo", "Madrid", "Milan", "Istanbul", "Dubai", "Doha",
        "Caracas", "Santiago", "Lima", "Hanoi", "Bangkok", "Warsaw", "Vienna", "Geneva", "Paris",
        "Washington", "Toronto", "Calgary", "Melbourne", "Johannesburg", "Nairobi", "Riyadh",
        "Kuala Lumpur", "Manila", "Shanghai", "Beijing", "Hong Kong", "Winnipeg", "Minneapolis", "Kansas City",
    ]

    static let countries = [
        "Brazil", "Argentina", "Japan", "China", "Germany", "France", "Canada", "Australia",
        "Saudi Arabia", "Nigeria", "Kenya", "India", "Mexico", "Indonesia", "South Korea", "Egypt",
        "Norway", "Spain", "Italy", "Turkey", "Venezuela", "Chile", "Peru", "Vietnam", "Thailand",
        "Poland", "Austria", "Switzerland", "Russia", "Ukraine", "Kazakhstan", "Malaysia",
        "the Philippines", "South Africa", "Britain", "the Netherlands", "Belgium", "Sweden",
    ]

    static let companies = [
        "Harlow Energy", "Kestrel Mining", "Orion Telecom", "Atlas Grain", "Northgate Petroleum",
        "Bluefin Shipping", "Corvane Motors", "Delmont Foods", "Everard Chemicals", "Fairhaven Steel",
        "Granite Peak Resources", "Halvorsen Group", "Ironbridge Holdings", "Juniper Networks Asia",
        "Kaito Electronics", "Larkspur Airlines", "Marlowe Pharmaceuticals", "Nordvik Oil",
        "Ostrander Copper", "Pellham Insurance", "Quorra Semiconductors", "Redwater Pipelines",
        "Sable Point Refining", "Talbot Cement", "Umbra Software", "Valcourt Retail", "Westmarch Utilities",
        "Yarrow Fertilisers", "Zentek Systems", "Amberline Logistics", "Brisco Paper", "Calder Gold",
        "Dunmore Brewing", "Eastlake Power", "Fenwick Textiles", "Huawei", "Petrovia", "Sinoval",
    ]

    static let banks = [
        "Meridian Bank", "Brightwater Bank", "Castlegate Securities", "First Continental",
        "Harbourside Capital", "Lindqvist Bank", "Mercator Trust", "Pacific Crown Bank",
        "Rheinwald Bank", "Sterling Union", "the Bundesbank", "the Bank of Japan",
        "the Federal Reserve", "the European Central Bank", "the Bank of England",
    ]

    static let firstNames = [
        "Anna", "David", "Maria", "James", "Elena", "Tomas", "Priya", "Kenji", "Fatima", "Lars",
        "Sofia", "Daniel", "Amara", "Hiroshi", "Claire", "Mateo", "Ingrid", "Omar", "Rebecca",
        "Nikolai", "Grace", "Luca", "Aisha", "Pieter", "Helen", "Rafael", "Yuki", "Samuel",
        "Olga", "Marcus", "Chiara", "Ahmed",
    ]

    static let lastNames = [
        "Schmidt", "Okafor", "Tanaka", "Lindqvist", "Moreau", "Castillo", "Novak", "Haddad",
        "Fitzgerald", "Ivanova", "Kowalski", "Nakamura", "Bergstrom", "Mensah", "Rossi",
        "Alvarez", "Chen", "Duval", "Eriksen", "Gallagher", "Hoffmann", "Iyer", "Jensen",
        "Kaplan", "Lombardi", "Mwangi", "Oyelaran", "Petrov", "Quintero", "Sato", "Whitfield", "Zhou",
    ]

    /// Roles at a company or bank ("{person}, {role} at {company}").
    static let roles = [
        "chief executive", "finance director", "a senior analyst", "a spokeswoman", "a spokesman",
        "chief economist", "a fund manager", "a commodities trader", "head of research",
        "chief operating officer", "a portfolio manager", "head of trading",
    ]

    static let agencies = ["Reuters", "NurPhoto", "Getty Images", "AFP", "Bloomberg", "EPA"]

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    static let rises = ["rose", "climbed", "jumped", "edged up", "gained", "advanced", "surged", "firmed"]
    static let falls = ["fell", "slipped", "dropped", "eased", "declined", "tumbled", "weakened", "slid"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let quarters = ["first", "second", "third", "fourth"]

    /// Section headings: short lines in title case, no digits, no closing punctuation.
    static let headings = [
        "Market Reaction", "What Comes Next", "Background", "The Outlook", "Prices and Supply",
        "Views from the Industry", "More from the Newsroom", "Regional Picture", "Analysts Divided",
        "Key Figures", "Policy Response", "Behind the Numbers", "Risks Ahead", "On the Ground",
    ]

    /// Sentences any article may use.
    static let general = [
        "The figures were released on {weekday} and surprised most economists.",
        "{person}, {role} at {company}, said the outlook for the rest of the year remained uncertain.",
        "Officials in {city} declined to comment on the report.",
        "The decision is expected to be reviewed when ministers meet in {city} in {month}.",
        "Investors have grown cautious since the start of {year}, according to a survey by {bank}.",
        "Demand from {country} has been weaker than expected, traders said.",
        "The government of {country} said it would publish more detailed figures next week.",
        "{person} told reporters in {city} that talks would continue.",
        "Several analysts said the move had been widely expected.",
        "Prices have {up} about {pct} pct since {month}, official data showed.",
        "The currency {down} against the dollar after the announcement.",
        "It was the largest change in a single month since {year}.",
        "A final decision is not expected before the end of the {quarter} quarter.",
        "The statement gave no timetable for the changes.",
        "Local newspapers in {country} reported that the plan had the support of most regional governments.",
        "Unions warned that jobs at plants near {city} could be at risk.",
        "The U.S. embassy in {city} said it was following the situation closely.",
    ]

    static let topics: [Topic] = [
        Topic(name: "energy", titles: [
            "Oil prices {up} as OPEC weighs output cuts",
            "{company} raises crude output at {country} fields",
            "Crude slips on rising U.S. stockpiles",
            "{country} to expand refinery capacity",
            "Natural gas prices {up} on cold weather in {country}",
            "Pipeline deal between {country} and {country} nears completion",
            "Oil prices steady ahead of OPEC meeting in {city}",
        ], sentences: [
            "Oil prices {up} to {price} dlrs a barrel in {city} trading as traders weighed supply from {country}.",
            "Brent crude {down} {pct} pct to {price} dlrs a barrel by midday.",
            "{company} said crude oil output at its {country} fields {up} {pct} pct in {month}.",
            "OPEC ministers meeting in {city} agreed to keep production quotas unchanged, according to {person}, a delegate.",
            "Refinery margins in {country} {down} as gasoline stocks grew by {mln} mln barrels.",
            "Analysts at {bank} expect oil prices to average {price} dlrs next year.",
            "The pipeline from {country} to {country} carries about {num},000 barrels per day.",
            "U.S. crude stockpiles {up} by {mln} mln barrels last week, industry data showed.",
            "Natural gas futures {up} {pct} pct on forecasts of colder weather.",
            "{company} plans to spend {mln} mln dlrs on new drilling in the North Sea.",
            "Higher oil prices have pushed up fuel costs for airlines and shipping companies.",
            "Energy ministers from {country} and {country} discussed a new gas supply agreement.",
            "The refinery near {city} was shut for maintenance, cutting diesel supply.",
            "OPEC output {down} for a third month as {country} cut production.",
            "Traders said oil prices could rise further if supply disruptions continue.",
            "Heating oil and gasoline futures followed crude lower.",
        ], scenes: [
            "Workers check a pipeline valve at an oil field", "An oil tanker is moored at a terminal",
            "Flames burn from a refinery chimney", "A drilling rig stands offshore",
        ]),
        Topic(name: "banking", titles: [
            "{bank} holds interest rate at {pct} pct",
            "Central bank signals rate cut as inflation eases",
            "{bank} raises lending rate to curb inflation",
            "Bond yields {up} after central bank decision",
            "Banks tighten credit as loan losses mount",
            "{country} central bank surprises markets with rate rise",
        ], sentences: [
            "{bank} left its benchmark interest rate unchanged at {pct} pct on {weekday}.",
            "The central bank said inflation had {down} to {pct} pct, close to its target.",
            "Economists polled by {agency} had expected the bank to raise its rate by a quarter point.",
            "Ten-year Treasury yields {up} to {pct} pct after the decision.",
            "{person}, the central bank governor, said monetary policy would stay tight for some time.",
            "Commercial banks in {country} raised their prime lending rate to {pct} pct.",
            "Bank deposits {up} {pct} pct in the year to {month}, the central bank said.",
            "Mortgage lending {down} for the fourth consecutive month.",
            "The bank rate decision was backed by seven of the nine policy makers.",
            "{bank} reported a {pct} pct rise in net interest income.",
            "Loan losses at banks in {country} reached {mln} mln dlrs in the {quarter} quarter.",
            "Bond markets rallied as investors bet on lower interest rates next year.",
            "The U.S. Treasury sold {mln} mln dlrs of two-year notes at a yield of {pct} pct.",
            "Money market rates {down} after the central bank injected liquidity into the banking system.",
            "Analysts said a rate cut in {month} now looked likely.",
        ], scenes: [
            "The headquarters of a central bank is seen", "Traders watch screens on a bank trading floor",
            "A customer uses a bank cash machine", "Bank notes are counted at a branch",
        ]),
        Topic(name: "grain", titles: [
            "Wheat futures slip on {country} harvest outlook",
            "Corn prices {up} as drought hits the Midwest",
            "{country} buys wheat in tender",
            "Soybean exports from {country} hit record",
            "Grain traders brace for smaller corn crop",
            "Farmers in {country} expand wheat acreage",
        ], sentences: [
            "Wheat futures in Chicago {down} {pct} pct as harvest progressed in {country}.",
            "Corn prices {up} to {pct} dlrs a bushel on concern about dry weather.",
            "{country} bought {num},000 tonnes of wheat in a tender on {weekday}, traders said.",
            "The agriculture ministry forecast the corn crop at {mln} mln tonnes, down from last year.",
            "Soybean exports from {country} {up} {pct} pct in {month}.",
            "Farmers in {country} planted more wheat and less corn this season.",
            "Drought in the Midwest has cut corn yields in Iowa and Nebraska.",
            "{company} said grain shipments through {city} were delayed by heavy rain.",
            "Grain stocks at the end of the season are expected to reach {mln} mln tonnes.",
            "Traders said export demand for wheat and corn remained firm.",
            "Sugar and coffee prices {down} in sympathy with grain markets.",
            "The harvest in {country} is about {num} pct complete, the ministry said.",
            "Feed grain demand from livestock farmers has {down} this year.",
            "Rice and barley prices were little changed.",
            "{person}, the agriculture minister, said the government would release wheat from reserves.",
        ], scenes: [
            "A combine harvester works in a wheat field", "Corn is loaded onto a truck at a farm",
            "Grain silos stand beside a railway line", "Farmers inspect a soybean crop",
        ]),
        Topic(name: "technology", titles: [
            "{company} wins 5G network contract in {country}",
            "Chip shortage hits smartphone makers",
            "{company} unveils new cloud software",
            "{country} weighs ban on foreign telecom equipment",
            "Semiconductor sales {up} on data centre demand",
        ], sentences: [
            "{company} won a contract to build part of the 5G network in {country}.",
            "Semiconductor sales {up} {pct} pct in {month}, an industry group said.",
            "A shortage of chips has forced smartphone makers to cut production.",
            "Regulators in {country} are reviewing the security of telecom equipment from foreign suppliers.",
            "{company} said its cloud software revenue {up} {pct} pct.",
            "The network operator plans to spend {mln} mln dlrs on new masts and fibre.",
            "{person}, {role} at {company}, said demand for data centre chips remained strong.",
            "Security officials warned that the network could be vulnerable to espionage.",
            "The software update will reach most smartphones by {month}.",
            "Telecom companies in {country} have asked for more time to replace older equipment.",
            "Shares in chip makers {up} after {company} raised its sales forecast.",
            "The licence auction for mobile spectrum raised {mln} mln dlrs.",
            "Engineers at {company} said the new processor uses less power.",
        ], scenes: [
            "A technician installs equipment on a telecom mast", "Visitors look at smartphones at a trade fair",
            "Servers are lined up in a data centre", "A worker inspects a silicon wafer",
        ]),
        Topic(name: "trade", titles: [
            "{country} trade surplus widens in {month}",
            "Tariffs on steel imports to rise, {country} says",
            "Trade talks between {country} and {country} resume",
            "Exports from {country} {up} on strong demand",
            "{country} posts record trade deficit",
        ], sentences: [
            "The trade surplus of {country} widened to {mln} billion dlrs in {month}.",
            "Exports {up} {pct} pct while imports {down} {pct} pct from a year earlier.",
            "Trade negotiators from {country} and {country} will meet again in {city}.",
            "The government plans to raise tariffs on steel imports to {pct} pct.",
            "{person}, the trade minister, said the quota on textile imports would be reviewed.",
            "Japan and {country} agreed to cut tariffs on farm goods and cars.",
            "Customs data showed shipments of machinery to {country} {up} sharply.",
            "The trade deficit with {country} has become a political issue ahead of the election.",
            "Exporters said the strong currency was hurting their sales abroad.",
            "Officials said the trade dispute could be taken to the World Trade Organisation.",
            "Imports of crude oil and coal accounted for most of the rise.",
            "Trade with Japan {down} for the second year running.",
        ], scenes: [
            "Containers are stacked at a port", "A cargo ship leaves a container terminal",
            "Cars wait to be loaded for export", "Customs officers inspect a shipment",
        ]),
        Topic(name: "results", titles: [
            "{company} profit {up} {pct} pct in {quarter} quarter",
            "{company} shares {down} after profit warning",
            "{company} raises dividend as earnings beat forecasts",
            "{company} to cut jobs after weak sales",
            "{company} agrees takeover of rival",
        ], sentences: [
            "{company} said net profit {up} {pct} pct to {mln} mln dlrs in the {quarter} quarter.",
            "Shares in {company} {down} {pct} pct in early trading in {city}.",
            "The company raised its dividend to {num} cts a share.",
            "Revenue {up} to {mln} mln dlrs, helped by strong sales in {country}.",
            "{person}, chief executive of {company}, said costs would be cut by {mln} mln dlrs.",
            "The stock has {up} {pct} pct this year, outperforming the market.",
            "{company} agreed to buy a rival for {mln} mln dlrs in cash and shares.",
            "Analysts had expected earnings of {num} cts a share.",
            "The group plans to cut about {num}0 jobs at its plant near {city}.",
            "Shareholders will vote on the takeover at a meeting in {month}.",
            "The company warned that profit for the full year would be lower than forecast.",
            "Operating margins {down} to {pct} pct from {pct} pct a year earlier.",
            "Stock markets in {city} {up} as investors welcomed the results.",
            "Shares of other companies in the sector also {up}.",
        ], scenes: [
            "The logo of a company is seen at its headquarters", "Shareholders arrive for an annual meeting",
            "Workers assemble products on a factory line", "A trader reacts on the stock exchange floor",
        ]),
        Topic(name: "politics", titles: [
            "{country} parliament passes budget after long debate",
            "Coalition talks stall in {country}",
            "Opposition wins regional election in {country}",
            "Prime minister of {country} reshuffles cabinet",
            "{country} votes in closely fought election",
        ], sentences: [
            "Parliament in {country} passed the budget by {num} votes to {num}.",
            "The opposition accused the government of hiding the true size of the deficit.",
            "Coalition talks in {city} stalled over tax reform and pensions.",
            "{person}, the prime minister, said the election would be held in {month}.",
            "Voters in {country} go to the polls on {weekday} in a closely fought election.",
            "The new finance minister promised to cut spending and reduce public debt.",
            "Protesters gathered outside parliament in {city} to oppose the reform.",
            "Opinion polls show the ruling party with about {pct} pct of the vote.",
            "The president of {country} is expected to visit {city} next month.",
            "Diplomats said the talks on the border dispute had made little progress.",
            "The reform would give regional governments more control over health spending.",
            "Several ministers resigned after the vote.",
        ], scenes: [
            "Voters queue outside a polling station", "Lawmakers attend a session of parliament",
            "Supporters wave flags at an election rally", "The prime minister speaks at a news conference",
        ]),
        Topic(name: "metals", titles: [
            "Copper prices {up} on supply fears",
            "{company} to reopen gold mine in {country}",
            "Iron ore demand from China {down}",
            "Strike halts production at {country} copper mine",
            "Gold {up} as investors seek safety",
        ], sentences: [
            "Copper prices {up} to {num}00 dlrs a tonne on the London Metal Exchange.",
            "Gold {up} {pct} pct to {num}0 dlrs an ounce as investors sought safety.",
            "{company} will reopen its gold mine in {country}, which closed in {year}.",
            "A strike at the copper mine in {country} entered its second week on {weekday}.",
            "Iron ore imports by China {down} {pct} pct in {month}.",
            "{company} said nickel output {up} {pct} pct from a year earlier.",
            "Miners in {country} are seeking higher wages and better safety rules.",
            "Zinc and aluminium stocks in exchange warehouses {down} again.",
            "Steel mills cut their purchases of iron ore as demand weakened.",
            "{person}, {role} at {bank}, said copper could rise further if the strike continues.",
            "The mine produces about {num},000 tonnes of copper a year.",
            "Silver and platinum followed gold higher.",
        ], scenes: [
            "Trucks carry ore at an open pit mine", "Gold bars are stacked in a vault",
            "Miners leave a shaft after a shift", "Copper cathodes are stored at a warehouse",
        ]),
        Topic(name: "shipping", titles: [
            "Freight rates {up} as ports face congestion",
            "{company} orders new container ships",
            "Strike at {city} port delays shipments",
            "Shipping costs {down} as demand slows",
        ], sentences: [
            "Freight rates for container ships from Asia to Europe {up} {pct} pct last week.",
            "Congestion at the port of {city} has delayed shipments of grain and coal.",
            "{company} ordered {num} new container ships from yards in South Korea.",
            "Dock workers in {city} went on strike over pay on {weekday}.",
            "Tanker rates {down} as fewer cargoes of crude oil left the Gulf.",
            "Airlines and shipping companies face higher fuel costs this year.",
            "{person}, {role} at {company}, said the backlog of ships would clear by {month}.",
            "The canal authority said traffic {up} {pct} pct in {month}.",
            "Insurance costs for ships in the region have risen sharply.",
            "Rail freight volumes in {country} {down} for a third month.",
        ], scenes: [
            "Cranes unload containers from a ship", "Ships wait at anchor outside a port",
            "A freight train crosses a bridge", "Dock workers walk past stacked containers",
        ]),
    ]

    /// The value of `{slot}`, drawn from `rng`.
    static func fill(_ slot: String, _ rng: inout SplitMix64) -> String {
        switch slot {
        case "city": return rng.pick(cities)
        case "CITY": return rng.pick(cities).uppercased()
        case "country": return rng.pick(countries)
        case "company": return rng.pick(companies)
        case "bank": return rng.pick(banks)
        case "person": return rng.pick(firstNames) + " " + rng.pick(lastNames)
        case "role": return rng.pick(roles)
        case "agency": return rng.pick(agencies)
        case "month": return rng.pick(months)
        case "weekday": return rng.pick(weekdays)
        case "quarter": return rng.pick(quarters)
        case "up": return rng.pick(rises)
        case "down": return rng.pick(rng.chance(50) ? rises : falls)
        case "year": return String(rng.between(1985...2024))
        case "pct": return "\(rng.between(0...12)).\(rng.between(1...9))"
        case "num": return String(rng.between(2...95))
        case "mln": return "\(rng.between(1...900)).\(rng.between(1...9))"
        case "price": return "\(rng.between(18...140)).\(rng.between(10...95))"
        default: return "{" + slot + "}"
        }
    }
}
