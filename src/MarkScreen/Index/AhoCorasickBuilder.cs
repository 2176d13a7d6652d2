namespace MarkScreen.Index;

/// <summary>
/// Builds the Aho-Corasick automaton over mark skeletons (see MatchText) in flat arrays: transitions in CSR form
/// (each state's edges sorted by character, for binary search), a dense 64K-entry table for the root (most steps
/// start there), failure links, and output links that chain a state to the nearest suffix state that ends a pattern.
/// <para>
/// Why Aho-Corasick over characters rather than tokens: marks hide inside longer words ("airpodspro") and across
/// spacing variants ("air bag", "N i k e"); a character automaton over the separator-free stream finds all of them in
/// one linear pass, whatever the number of marks. Alignment to word boundaries is judged afterwards, per hit.
/// </para>
/// </summary>
internal sealed class AhoCorasickBuilder
{
    // Trie under construction: first-child / next-sibling lists keep memory at ~14 bytes per node.
    private readonly List<char> _label = ['\0'];
    private readonly List<int> _firstChild = [-1];
    private readonly List<int> _nextSibling = [-1];
    private readonly List<int> _pattern = [-1];

    public int PatternCount { get; private set; }

    /// <summary>Adds a key; returns its pattern id (the same id for a key added twice).</summary>
    public int Add(ReadOnlySpan<char> key)
    {
        var node = 0;
        foreach (var c in key)
        {
            var child = _firstChild[node];
            var previous = -1;
            while (child >= 0 && _label[child] != c)
            {
                previous = child;
                child = _nextSibling[child];
            }
            if (child < 0)
            {
                child = _label.Count;
                _label.Add(c);
                _firstChild.Add(-1);
                _pattern.Add(-1);
                // New children go to the front of the list, and so do found ones (below): prefixes shared by many
                // marks are then found in a step or two instead of a walk along dozens of siblings.
                _nextSibling.Add(_firstChild[node]);
                _firstChild[node] = child;
            }
            else if (previous >= 0)
            {
                _nextSibling[previous] = _nextSibling[child];
                _nextSibling[child] = _firstChild[node];
                _firstChild[node] = child;
            }
            node = child;
        }
        if (_pattern[node] < 0) _pattern[node] = PatternCount++;
        return _pattern[node];
    }

    public Automaton Build()
    {
        var states = _label.Count;
        // Renumber in breadth-first order so a state's failure target is always numbered before it.
        var order = new int[states];
        var newId = new int[states];
        var head = 0;
        var tail = 1;
        order[0] = 0;
        var children = new List<int>();
        while (head < tail)
        {
            var old = order[head++];
            children.Clear();
            for (var c = _firstChild[old]; c >= 0; c = _nextSibling[c]) children.Add(c);
            children.Sort((a, b) => _label[a].CompareTo(_label[b]));
            foreach (var c in children) order[tail++] = c;
        }
        for (var i = 0; i < states; i++) newId[order[i]] = i;

        var firstEdge = new int[states + 1];
        var edgeLabel = new char[states - 1];
        var output = new int[states];
        var edge = 0;
        var kids = new List<int>();
        for (var s = 0; s < states; s++)
        {
            var old = order[s];
            firstEdge[s] = edge;
            output[s] = _pattern[old];
            kids.Clear();
            for (var c = _firstChild[old]; c >= 0; c = _nextSibling[c]) kids.Add(c);
            kids.Sort((a, b) => _label[a].CompareTo(_label[b]));
            foreach (var c in kids)
            {
                edgeLabel[edge] = _label[c];
                // Breadth-first numbering emits edges in the order their targets are numbered: edge e leads to state
                // e + 1, so the automaton needs no target array (four bytes a state saved).
                if (newId[c] != edge + 1) throw new InvalidOperationException("automaton layout invariant broken");
                edge++;
            }
        }
        firstEdge[states] = edge;

        var root = new int[65536];
        for (var e = firstEdge[0]; e < firstEdge[1]; e++) root[edgeLabel[e]] = e + 1;

        var fail = new int[states];
        var outLink = new int[states];
        outLink[0] = -1;
        for (var s = 0; s < states; s++)
        {
            for (var e = firstEdge[s]; e < firstEdge[s + 1]; e++)
            {
                var child = e + 1;
                var c = edgeLabel[e];
                if (s == 0)
                {
                    fail[child] = 0;
                }
                else
                {
                    var f = fail[s];
                    int next;
                    while ((next = Automaton.Goto(f, c, root, firstEdge, edgeLabel)) < 0 && f != 0) f = fail[f];
                    fail[child] = next > 0 ? next : 0;
                }
                var ft = fail[child];
                outLink[child] = output[ft] >= 0 ? ft : outLink[ft];
            }
        }
        return new Automaton(root, firstEdge, edgeLabel, fail, output, outLink);
    }
}

/// <summary>The automaton's arrays, as built or as mapped from an index file.</summary>
internal sealed record Automaton(int[] Root, int[] FirstEdge, char[] EdgeLabel, int[] Fail, int[] Output, int[] OutLink)
{
    /// <summary>The transition from <paramref name="state"/> on <paramref name="c"/>, or -1.</summary>
    public static int Goto(int state, char c, ReadOnlySpan<int> root, ReadOnlySpan<int> firstEdge, ReadOnlySpan<char> labels)
    {
        if (state == 0)
        {
            var r = root[c];
            return r == 0 ? -1 : r;
        }
        int lo = firstEdge[state], hi = firstEdge[state + 1] - 1;
        // Most states have one or two edges: a short linear scan beats the binary search's branches.
        if (hi - lo < 8)
        {
            for (var e = lo; e <= hi; e++)
                if (labels[e] == c) return e + 1;
            return -1;
        }
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var l = labels[mid];
            if (l == c) return mid + 1;
            if (l < c) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
