namespace MarkScreen.Matching;

/// <summary>How a mark was found in a text, from the plainest to the most disguised. Frozen values (reports use the names).</summary>
public enum MatchKind
{
    /// <summary>The same letters after case, width, diacritics, punctuation and spacing are set aside ("Air-Bag" = AIRBAG).</summary>
    Exact = 0,

    /// <summary>Spelled out letter by letter: "N i k e", "N.I.K.E", "S-a-m-s-u-n-g".</summary>
    Spaced = 1,

    /// <summary>Glued into a longer word: "airpodspro", "samsunggalaxy".</summary>
    Compound = 2,

    /// <summary>Look-alike characters: a Cyrillic "о" in a Latin word, "Nlke" for NIKE.</summary>
    Homoglyph = 3,

    /// <summary>Digits and symbols for letters: "N1KE", "$AMSUNG", "4DID4S".</summary>
    Leetspeak = 4,

    /// <summary>A typo away: "Samsnug", "Adidsa" (edit distance scaled to the mark's length; none below five letters).</summary>
    Fuzzy = 5,

    /// <summary>Sounds the same: "Reebock" for REEBOK, "Fone" for PHONE (see PhoneticKey).</summary>
    Phonetic = 6,
}
