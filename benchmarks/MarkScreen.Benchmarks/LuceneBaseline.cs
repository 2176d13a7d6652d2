using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using MarkScreen.Matching.Evaluation;

namespace MarkScreen.Benchmarks;

/// <summary>
/// What a team would build with a search engine: every mark a Lucene.NET 4.8 document (StandardAnalyzer), and per
/// title one query of fuzzy term clauses (one edit for words of five letters or more, as MarkScreen); the top ten
/// marks are its matches.
/// </summary>
internal sealed class LuceneBaseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer = new StandardAnalyzer(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly string[] _marks;

    public LuceneBaseline(IReadOnlyList<string> marks)
    {
        _marks = [.. marks];
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)))
        {
            for (var i = 0; i < _marks.Length; i++)
            {
                writer.AddDocument(new Document
                {
                    new TextField("mark", _marks[i], Field.Store.NO),
                    new Int32Field("id", i, Field.Store.YES),
                });
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public IEnumerable<Found> Find(string title)
    {
        var tokens = Tokens(title);
        if (tokens.Count == 0) return [];
        var query = new BooleanQuery();
        foreach (var t in tokens.Distinct(StringComparer.Ordinal).Take(64))
            query.Add(t.Length >= 5 ? new FuzzyQuery(new Term("mark", t), 1) : new TermQuery(new Term("mark", t)), Occur.SHOULD);
        var top = _searcher.Search(query, 10);
        return top.ScoreDocs.Select(d => new Found(_marks[_searcher.Doc(d.Doc).GetField("id").GetInt32Value()!.Value], -1, 0, null)).ToList();
    }

    private List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        using var stream = _analyzer.GetTokenStream("mark", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
