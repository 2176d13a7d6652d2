using System.Text;

namespace MarkScreen.Text;

/// <summary>
/// A sound-alike key in the spirit of Metaphone, for the spellings sellers use to dodge a mark while keeping its
/// sound: ph/f, ck/k/q/c, s/z, x/ks, y/i, wh/w, silent gh and initial kn/wr, doubled letters, and vowels (only the
/// word's first vowel sound is kept). "Reebock" and "Ribok" → RBK; "Fone" and "Phone" → FN; "Kwik" and "Quick" → KK.
/// <para>
/// Why not Soundex: it keeps the first letter verbatim (so "Fone" ≠ "Phone") and truncates to four characters, which
/// merges unrelated long marks. Why not full Double Metaphone: its many English-origin rules add little for coined
/// brand names and cost speed on the hot path; the rules here are the ones misspellings of marks actually use.
/// </para>
/// Works on folded text (lower-case letters without diacritics, see MatchText.FoldKey): not the skeleton, whose i/l
/// class would hide vowels. Digits and other scripts end the key.
/// </summary>
public static class PhoneticKey
{
    /// <summary>Sound-alike matching needs marks (and text words) of at least five characters.</summary>
    public const int MinWordLength = 5;

    /// <summary>The longest key written: longer words are cut there.</summary>
    public const int MaxLength = 64;

    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var n = Write(word, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the key into <paramref name="output"/>; returns its length.</summary>
    public static int Write(ReadOnlySpan<char> w, Span<char> output)
    {
        var n = 0;
        var last = '\0';
        void Emit(char c, Span<char> o)
        {
            if (c == last || n >= o.Length) return;
            o[n++] = c;
            last = c;
        }

        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            if (c is < 'a' or > 'z') break;
            if (IsVowel(c) || c == 'y')
            {
                if (n == 0) Emit('A', output);
                else last = '\0'; // a vowel separates repeated consonants: "kaka" keeps two Ks
                continue;
            }
            switch (c)
            {
                case 'p' when next == 'h': Emit('F', output); i++; break;
                case 'c' when next == 'k': Emit('K', output); i++; break;
                case 'c' when next is 'e' or 'i' or 'y': Emit('S', output); break;
                case 'c' when next == 'h': Emit('X', output); i++; break;
                case 'c' or 'q' or 'k':
                    if (c == 'k' && i == 0 && next == 'n') break; // silent k in "kn"
                    Emit('K', output);
                    break;
                case 'g' when next == 'h': i++; break; // "gh" mostly silent ("light")
                case 'g' when next is 'e' or 'i' or 'y': Emit('J', output); break;
                case 'w' when next == 'h': Emit('W', output); i++; break;
                case 'w' when i == 0 && next == 'r': break; // silent w in "wr"
                case 'w' when i > 0 && w[i - 1] is 'k' or 'c' or 'q': break; // "kw" sounds as "qu"
                case 'w' or 'h': if (n == 0 || next is 'a' or 'e' or 'i' or 'o' or 'u') Emit(char.ToUpperInvariant(c), output); break;
                case 'x': Emit('K', output); Emit('S', output); break;
                case 'z': Emit('S', output); break;
                case 'v': Emit('F', output); break;
                case 'd' when next == 'g': Emit('J', output); i++; break;
                default: Emit(char.ToUpperInvariant(c), output); break;
            }
        }
        return n;
    }

    /// <summary>The vowels as bits from 'a': a shift and a test, inlined (the pattern test was a call, 2% of all-kinds matching).</summary>
    private const uint Vowels = (1u << ('a' - 'a')) | (1u << ('e' - 'a')) | (1u << ('i' - 'a')) | (1u << ('o' - 'a')) | (1u << ('u' - 'a'));

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsVowel(char c) => (uint)(c - 'a') < 26 && ((Vowels >> (c - 'a')) & 1) != 0;
}
