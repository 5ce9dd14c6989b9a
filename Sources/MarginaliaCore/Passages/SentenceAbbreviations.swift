/// Words that end with a period without ending a sentence ("Mr. Kim", "e.g. this", "Gen. Smith").
enum SentenceAbbreviations {
    /// Lower-cased abbreviations (without their final period) after which a sentence never ends.
    static let titlesAndShortForms: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpt",
        "sgt", "adm", "gov", "sen", "rep", "pres", "rev", "hon", "amb", "vs", "v", "cf", "e.g", "i.e", "eg", "ie",
        "no", "nos", "vol", "vols", "pp", "p", "fig", "figs", "ch", "sec", "approx", "ca", "c", "al", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "dept",
        "univ", "assn", "bros", "est", "op", "ed", "eds", "trans", "a.m", "p.m",
    ]

    /// Words that usually begin a sentence; after an initialism such as "U.S." they mark a sentence end
    /// ("... in the U.S. The next day"), while other capitalised words do not ("the U.S. Army").
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "but", "and", "or", "so", "yet", "in", "on", "at", "for", "if", "when", "while", "as", "there", "here",
        "what", "why", "how", "who", "after", "before", "since", "although", "though", "however", "still",
        "meanwhile", "his", "her", "their", "our", "my", "one", "some", "many", "most", "no", "not", "then",
    ]
}
