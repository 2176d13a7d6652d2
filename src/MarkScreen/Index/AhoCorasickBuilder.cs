namespace MarkScreen.Index;

/// <summary>
/// Builds the Aho-Corasick automaton over mark skeletons (see MatchText) in flat arrays, straight from the distinct
/// skeletons in sorted order: no linked trie is ever made.
/// <para>
/// Why Aho-Corasick over characters rather than tokens: marks hide inside longer words ("airpodspro") and across
/// spacing variants ("air bag", "N i k e"); a character automaton over the separator-free stream finds all of them in
/// one linear pass, whatever the number of marks. Alignment to word boundaries is judged afterwards, per hit.
/// </para>
/// <para>
/// Layout. States are numbered breadth-first with children in character order, so a level's states are the distinct
/// prefixes of that length in sorted order, a state's children are consecutive, and edge e leads to state e + 1 (no
/// target array). Transitions are in CSR form (FirstEdge, EdgeLabel) plus a dense 64K table for the root.
/// </para>
/// <para>
/// Shallow and deep states. Only states up to the shallow depth (<see cref="DefaultShallowDepth"/> characters unless given) carry failure links
/// and output chains: the scan runs Aho-Corasick over the marks cut to that depth, and on reaching a state of that full
/// depth walks its subtree forward along the text ("tail walk") to find the longer marks, which are anchored there.
/// At 3M marks most states lie in the long unique tails of multi-word marks; dropping their failure and output links
/// halves the automaton, keeps the part every character touches small and dense, and makes the build skip the failure
/// computation for them. Output chains are built per pattern (a head per state, the next pattern per pattern), then
/// written out as one list per state in record order, each entry with a copy of its pattern's facts, which the scan
/// reads instead of walking the patterns. Each shallow state's edges (as a label mask), failure link and where its
/// outputs are sit in one sixteen-byte record, so a step of the scan reads one cache line; the records are ordered by
/// expected visits, not breadth-first (see <see cref="ShallowLayout"/>).
/// </para>
/// </summary>
internal static class AhoCorasickBuilder
{
    /// <summary>
    /// The default depth of the shallow part: long enough that tail walks are rare and short. With deep records
    /// (format 16; see DeepState) nine read 1.027, 1.038 and 1.065 times as fast as eight at 3M marks in three runs and
    /// 0.975 in a fourth (benchmarks … match-depth: one process, alternating windows, each depth first in two), its
    /// copies 14 MB larger; seven, 0.93 times; ten, 0.98-1.07 times as fast as eight, its copies 34 MB larger (past the
    /// resident target).
    /// </summary>
    public const int DefaultShallowDepth = 9;

    /// <summary>
    /// Patterns shorter than this stay off the output chains. A register holds nearly every string of one to three
    /// letters, so they were on almost every state's chain: four chain records read per character, most only to learn
    /// the pattern could not count there. Short marks only count as whole words, so the matcher looks them up at word
    /// boundaries instead (<see cref="Automaton.ShortPatterns"/>).
    /// </summary>
    public const int ShortPatternLength = 4;

    /// <summary>
    /// The automaton over <paramref name="sortedKeys"/> (ascending ordinal order, distinct), where key k is pattern
    /// <paramref name="patternOfKey"/>[k]; <paramref name="foldHashes"/> holds each pattern's first spelling's fold hash,
    /// <paramref name="patternFacts"/> the bits its other facts add to its length field (see <see cref="PatternFacts.Bits"/>).
    /// </summary>
    public static Automaton Build(string[] sortedKeys, int[] patternOfKey, long[] foldHashes, int[] patternFacts, int shallowDepth = DefaultShallowDepth,
        IEnumerable<string>? profile = null)
    {
        var patternCount = foldHashes.Length;
        ArgumentOutOfRangeException.ThrowIfLessThan(shallowDepth, 1);
        var n = sortedKeys.Length;
        // A key's characters past its common prefix with the previous key are new states, one per level: sorted keys
        // share each prefix with a contiguous run of neighbours.
        var lcp = new int[n];
        var maxLength = 0;
        for (var k = 0; k < n; k++)
        {
            var key = sortedKeys[k];
            if (key.Length == 0) throw new ArgumentException("empty key", nameof(sortedKeys));
            if (k > 0)
            {
                var order = string.CompareOrdinal(sortedKeys[k - 1], key);
                if (order >= 0) throw new ArgumentException($"keys must be distinct and ascending ('{key}' after '{sortedKeys[k - 1]}')", nameof(sortedKeys));
                lcp[k] = key.AsSpan().CommonPrefixLength(sortedKeys[k - 1]);
            }
            maxLength = Math.Max(maxLength, key.Length);
        }

        var levelStart = new int[maxLength + 2];
        var diff = new int[maxLength + 2];
        for (var k = 0; k < n; k++)
        {
            diff[lcp[k] + 1]++;
            diff[sortedKeys[k].Length + 1]--;
        }
        levelStart[0] = 0;
        levelStart[1] = 1;
        for (int d = 1, count = 0; d <= maxLength; d++)
        {
            count += diff[d];
            levelStart[d + 1] = levelStart[d] + count;
        }
        var states = levelStart[maxLength + 1];
        var depth = Math.Min(shallowDepth, maxLength);
        var shallow = levelStart[depth + 1];
        var tailStart = shallowDepth <= maxLength ? levelStart[shallowDepth] : shallow;

        var firstEdge = new int[states + 1];
        var edgeLabel = new char[Math.Max(0, states - 1)];
        var shallowOutput = new int[shallow];
        Array.Fill(shallowOutput, -1);
        var terminal = new int[n];
        var next = levelStart[..^1];
        var current = new int[maxLength + 1];
        for (var k = 0; k < n; k++)
        {
            var key = sortedKeys[k];
            for (var d = lcp[k] + 1; d <= key.Length; d++)
            {
                var id = next[d]++;
                edgeLabel[id - 1] = key[d - 1];
                firstEdge[current[d - 1] + 1]++; // child counts, shifted by one for the prefix sum below
                current[d] = id;
            }
            var state = current[key.Length];
            terminal[k] = state;
            if (state < shallow) shallowOutput[state] = patternOfKey[k];
        }
        for (var s = 1; s <= states; s++) firstEdge[s] += firstEdge[s - 1];

        var root = new int[65536];
        for (var e = firstEdge[0]; e < firstEdge[1]; e++) root[edgeLabel[e]] = e + 1;

        // Deep terminal states: a bit each, ranked to an index into DeepPatterns.
        var deepCount = states - shallow;
        var deepBits = new long[(deepCount + 63) >> 6];
        for (var k = 0; k < n; k++)
            if (terminal[k] >= shallow)
            {
                var t = terminal[k] - shallow;
                deepBits[t >> 6] |= 1L << (t & 63);
            }
        var deepRank = new int[deepBits.Length];
        var ranked = 0;
        for (var w = 0; w < deepBits.Length; w++)
        {
            deepRank[w] = ranked;
            ranked += System.Numerics.BitOperations.PopCount((ulong)deepBits[w]);
        }
        var deepPatterns = new int[ranked];
        for (var k = 0; k < n; k++)
            if (terminal[k] >= shallow) deepPatterns[Automaton.Rank(deepBits, deepRank, terminal[k] - shallow)] = patternOfKey[k];

        var shortStates = levelStart[Math.Min(ShortPatternLength, maxLength + 1)];
        var fail = new int[shallow];
        var head = new int[shallow];
        var chain = new int[patternCount * 4];
        for (var p = 0; p < patternCount; p++)
        {
            chain[4 * p] = -1;
            chain[(4 * p) + 2] = (int)foldHashes[p];
            chain[(4 * p) + 3] = (int)(foldHashes[p] >> 32);
        }
        for (var k = 0; k < n; k++)
        {
            if (sortedKeys[k].Length > 0xFFFF) throw new ArgumentException($"key of {sortedKeys[k].Length} characters", nameof(sortedKeys));
            chain[(4 * patternOfKey[k]) + 1] = sortedKeys[k].Length | patternFacts[patternOfKey[k]];
        }
        head[0] = -1;
        for (var s = 0; s < shallow; s++)
        {
            for (var e = firstEdge[s]; e < firstEdge[s + 1]; e++)
            {
                var child = e + 1;
                if (child >= shallow) break; // children of full-depth states are deep: reached by tail walks only
                var c = edgeLabel[e];
                if (s != 0)
                {
                    var f = fail[s];
                    int to;
                    while ((to = Automaton.Goto(f, c, root, firstEdge, edgeLabel)) < 0 && f != 0) f = fail[f];
                    fail[child] = to > 0 ? to : 0;
                }
                var own = shallowOutput[child];
                if (child < shortStates) own = -1; // short: off the chains
                var inherited = head[fail[child]];
                head[child] = own >= 0 ? own : inherited;
                if (own >= 0) chain[4 * own] = inherited;
            }
        }

        // One sixteen-byte record per shallow state (see ShallowState), in the order ShallowLayout picks. The root gets
        // no edges (it steps through its table); a full-depth state's edges are to its deep children, for tail walks.
        var alphabet = ShallowState.Alphabet(firstEdge, edgeLabel, shallow);
        var deepStates = DeepState.Records(firstEdge, edgeLabel, alphabet, deepBits, deepRank, deepPatterns, shallow, states);
        var visits = ShallowLayout.Visits(profile ?? ShallowLayout.EnglishProfile(), root, firstEdge, edgeLabel, fail, tailStart, shallow);
        var record = ShallowLayout.Records(firstEdge, visits, tailStart, shallow);
        var trieState = new int[shallow];
        for (var s = 0; s < shallow; s++) trieState[record[s]] = s;
        // Each record's output chain written out as a list, in record order: the scan reads a busy state's outputs
        // from the same few lines, where walking the chain's records was a miss per pattern. Each entry is a
        // PatternOutput: the pattern and a copy of its facts (its chain record past Next).
        var outputStart = new int[shallow + 1];
        var outputs = new List<int>();
        Span<int> entry = stackalloc int[4];
        for (var r = 0; r < shallow; r++)
        {
            outputStart[r] = outputs.Count / 4;
            for (var p = head[trieState[r]]; p >= 0; p = chain[4 * p])
            {
                WriteOutput(chain, p, entry);
                outputs.AddRange(entry);
            }
        }
        outputStart[shallow] = outputs.Count / 4;
        var records = new int[shallow * 4];
        var recordLabels = new char[shallow];
        var otherLabels = new List<long>();
        for (var s = 0; s < shallow; s++)
        {
            var fullDepth = s >= tailStart;
            var count = s == 0 ? 0 : firstEdge[s + 1] - firstEdge[s];
            var mask = 0u;
            var coded = 0;
            for (; coded < count; coded++)
            {
                var c = edgeLabel[firstEdge[s] + coded];
                if (c >= 128 || alphabet[c] == 0) break; // coded labels sort first
                mask |= 1u << (alphabet[c] - 1);
            }
            var r = record[s];
            // A full-depth state's children are deep: its record points at the first of them by breadth-first number.
            var firstChild = count == 0 ? 0 : fullDepth ? firstEdge[s] + 1 : record[firstEdge[s] + 1];
            ShallowState.Write(records.AsSpan(4 * r, 4), firstChild, fullDepth, count > coded, mask, record[fail[s]], outputStart[r], outputStart[r + 1] - outputStart[r]);
            if (count > coded) otherLabels.Add(((long)r << 32) | (uint)(count - coded));
            recordLabels[r] = s == 0 ? '\0' : edgeLabel[s - 1];
        }
        otherLabels.Sort();
        // Patterns up to three characters, by state (their states are the first three levels, whatever the shallow depth).
        var shortPatterns = new int[shortStates];
        Array.Fill(shortPatterns, -1);
        for (var k = 0; k < n; k++)
            if (terminal[k] < shortStates) shortPatterns[terminal[k]] = patternOfKey[k];
        // And those of coded labels by their codes, with their facts (see Automaton.ShortWordKey).
        var codedLabels = alphabet.Count(a => a != 0);
        var shortWords = new int[4 * (int)Math.Pow(codedLabels + 1, ShortPatternLength - 1)];
        for (var w = 0; w < shortWords.Length; w += 4) shortWords[w] = -1;
        for (var k = 0; k < n; k++)
        {
            if (terminal[k] >= shortStates || Automaton.ShortWordKey(sortedKeys[k], alphabet, codedLabels) is not (>= 0 and var key)) continue;
            WriteOutput(chain, patternOfKey[k], shortWords.AsSpan(4 * key, 4));
        }

        int[] shape = [shallowDepth, tailStart, shallow, states, codedLabels];
        return new Automaton(root, firstEdge, edgeLabel, records, [.. otherLabels], [.. outputs], recordLabels, chain, deepBits, deepRank, deepPatterns, shape, alphabet, shortPatterns, shortWords, deepStates);
    }

    /// <summary>Writes pattern <paramref name="p"/>'s PatternOutput (the pattern, then its chain record past Next) as four ints.</summary>
    private static void WriteOutput(int[] chain, int p, Span<int> into)
    {
        into[0] = p;
        chain.AsSpan((4 * p) + 1, 3).CopyTo(into[1..]);
    }
}
