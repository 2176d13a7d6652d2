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
    // Trie under construction: first-child / next-sibling lists in plain arrays (grown by doubling) keep memory at
    // ~18 bytes per node; List<T> indexers and their growth copies were a quarter of a 3M-mark build.
    private char[] _label;
    private int[] _firstChild;
    private int[] _nextSibling;
    private int[] _pattern;
    private int[] _lastChild;
    private int _nodes = 1;

    public AhoCorasickBuilder(int nodeCapacity = 1024)
    {
        var size = Math.Max(16, nodeCapacity);
        _label = new char[size];
        _firstChild = new int[size];
        _nextSibling = new int[size];
        _pattern = new int[size];
        _lastChild = new int[size];
        _lastChild[0] = -1;
        _firstChild[0] = -1;
        _nextSibling[0] = -1;
        _pattern[0] = -1;
    }

    // The root has thousands of children (every first character of every mark): a direct table instead of a walk.
    private readonly int[] _rootChild = CreateRootTable();

    public int PatternCount { get; private set; }

    private static int[] CreateRootTable()
    {
        var table = new int[65536];
        Array.Fill(table, -1);
        return table;
    }

    private int NewNode(char c, int parent)
    {
        if (_nodes == _label.Length)
        {
            var size = _label.Length * 2;
            Array.Resize(ref _label, size);
            Array.Resize(ref _firstChild, size);
            Array.Resize(ref _nextSibling, size);
            Array.Resize(ref _pattern, size);
            Array.Resize(ref _lastChild, size);
        }
        var node = _nodes++;
        _label[node] = c;
        _firstChild[node] = -1;
        _lastChild[node] = -1;
        _pattern[node] = -1;
        _nextSibling[node] = -1;
        // Keys arrive sorted, so a new child is the largest so far: append it, and siblings stay in character order.
        if (_lastChild[parent] < 0) _firstChild[parent] = node;
        else _nextSibling[_lastChild[parent]] = node;
        _lastChild[parent] = node;
        return node;
    }

    // The path of the previous key: keys come in ascending order, so a new key shares a prefix with the previous one
    // and the trie grows only at the end of that path, with no sibling lists to walk.
    private readonly List<int> _path = [0];
    private string _previous = "";

    /// <summary>
    /// Adds a key with its pattern id. Keys must come in ascending ordinal order, each once: children are then
    /// created in character order at the end of the previous key's path, and building the trie touches each node once.
    /// </summary>
    public void AddSorted(string key, int pattern)
    {
        var common = 0;
        var limit = Math.Min(key.Length, _previous.Length);
        while (common < limit && key[common] == _previous[common]) common++;
        if (string.CompareOrdinal(key, _previous) <= 0 && _nodes > 1)
            throw new ArgumentException($"keys must be added in ascending order, once each ('{key}' after '{_previous}')", nameof(key));
        _path.RemoveRange(common + 1, _path.Count - common - 1);
        var node = _path[^1];
        for (var i = common; i < key.Length; i++)
        {
            var c = key[i];
            node = node == 0 ? (_rootChild[c] = NewNode(c, 0)) : NewNode(c, node);
            _path.Add(node);
        }
        _pattern[node] = pattern;
        PatternCount++;
        _previous = key;
    }

    public Automaton Build()
    {
        var states = _nodes;
        // Renumber in breadth-first order, children by character: a state's failure target is then numbered before it,
        // a state's children are numbered consecutively, and edge e leads to state e + 1 (no target array needed).
        var order = new int[states];
        var firstEdge = new int[states + 1];
        var edgeLabel = new char[Math.Max(0, states - 1)];
        var output = new int[states];
        var kids = new int[65536];
        int head = 0, tail = 1;
        while (head < tail)
        {
            var s = head;
            var old = order[head++];
            firstEdge[s] = tail - 1;
            output[s] = _pattern[old];
            var m = 0;
            for (var c = _firstChild[old]; c >= 0; c = _nextSibling[c]) kids[m++] = c;
            SortByLabel(kids.AsSpan(0, m));
            for (var i = 0; i < m; i++)
            {
                order[tail] = kids[i];
                edgeLabel[tail - 1] = _label[kids[i]];
                tail++;
            }
        }
        firstEdge[states] = tail - 1;

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

    /// <summary>Insertion sort by label: almost every node has one to three children.</summary>
    private void SortByLabel(Span<int> nodes)
    {
        if (nodes.Length > 32)
        {
            var keys = new char[nodes.Length];
            for (var i = 0; i < nodes.Length; i++) keys[i] = _label[nodes[i]];
            keys.AsSpan().Sort(nodes);
            return;
        }
        for (var i = 1; i < nodes.Length; i++)
        {
            var x = nodes[i];
            var label = _label[x];
            var j = i - 1;
            while (j >= 0 && _label[nodes[j]] > label)
            {
                nodes[j + 1] = nodes[j];
                j--;
            }
            nodes[j + 1] = x;
        }
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
