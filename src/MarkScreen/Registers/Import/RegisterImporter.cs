using System.IO.Compression;
using System.Security.Cryptography;
using MarkScreen.Registers.Csv;
using MarkScreen.Registers.Store;
using MarkScreen.Registers.Uspto;
using MarkScreen.Registers.Wipo;

namespace MarkScreen.Registers.Import;

/// <summary>
/// Imports register files into a <see cref="MarkStore"/>: detects each file's format from its content, streams its
/// records, and writes them in one transaction per file. Bad records are reported and skipped; a file that cannot
/// be read at all, or an import that is cancelled or killed, leaves the store as it was.
/// </summary>
public sealed class RegisterImporter(MarkStore store, ImportOptions? options = null)
{
    private readonly ImportOptions _options = options ?? new ImportOptions();

    /// <summary>Imports one file (plain or zip). <paramref name="progress"/> receives bytes consumed so far.</summary>
    public ImportSummary ImportFile(string path, IProgress<long>? progress = null, CancellationToken cancel = default)
    {
        var name = Path.GetFileName(path);
        var summary = new ImportSummary { File = name };
        var started = DateTime.UtcNow;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            summary.Bytes = file.Length;
            var format = Sniff(file);
            summary.Format = RegisterFormatDetector.Describe(format);
            using var writer = new ImportWriter(store);
            var counting = new ProgressStream(file, progress);
            if (format == RegisterFormat.Zip)
            {
                using var zip = new ZipArchive(counting, ZipArchiveMode.Read, leaveOpen: true);
                var any = false;
                foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
                {
                    RegisterFormat entryFormat;
                    using (var probe = entry.Open()) entryFormat = Sniff(probe, seekable: false);
                    if (entryFormat is RegisterFormat.Unknown or RegisterFormat.Zip) continue;
                    any = true;
                    summary.Format = $"zip ({RegisterFormatDetector.Describe(entryFormat)})";
                    using var content = entry.Open();
                    Consume(entryFormat, content, $"{name}!{entry.FullName}", writer, summary, cancel);
                }
                if (!any) summary.FileError = "the zip holds no register file (USPTO XML, ST.66, ST.96 or CSV)";
            }
            else if (format == RegisterFormat.Unknown)
            {
                summary.FileError = "not a register file: expected USPTO bulk XML, WIPO ST.66/ST.96 XML, CSV with a 'mark' column, or a zip of these";
            }
            else
            {
                Consume(format, counting, name, writer, summary, cancel);
            }

            if (summary.FileError is null && summary.Usable > 0)
            {
                writer.LogImport(summary, _options.HashFiles ? Sha256(path) : null, started);
                writer.Commit();
                summary.Committed = true;
            }
        }
        catch (OperationCanceledException)
        {
            summary.FileError = "import cancelled; nothing from this file was kept";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            summary.FileError = $"cannot read file: {ex.Message}";
        }
        return summary;
    }

    private void Consume(RegisterFormat format, Stream content, string fileName, ImportWriter writer, ImportSummary summary, CancellationToken cancel)
    {
        var items = format switch
        {
            RegisterFormat.UsptoXml => new UsptoXmlReader().Read(content, fileName),
            RegisterFormat.St66 => new St66Reader().Read(content, fileName),
            RegisterFormat.St96 => new St96Reader().Read(content, fileName),
            RegisterFormat.Csv => new CsvRegisterReader(_options.DefaultOffice).Read(content, fileName),
            _ => throw new InvalidOperationException($"no reader for {format}"),
        };
        foreach (var item in items)
        {
            cancel.ThrowIfCancellationRequested();
            summary.Read++;
            foreach (var w in item.Warnings) Report(summary, w);
            summary.Warnings += item.Warnings.Count;
            if (item.Record is not { } record)
            {
                summary.Rejected++;
                Report(summary, item.Rejection!);
                continue;
            }
            switch (writer.Upsert(record with { SourceFile = record.SourceFile ?? fileName }, fileName))
            {
                case UpsertOutcome.Inserted: summary.Inserted++; break;
                case UpsertOutcome.Updated: summary.Updated++; break;
                case UpsertOutcome.Unchanged: summary.Unchanged++; break;
                case UpsertOutcome.Stale: summary.Stale++; break;
            }
        }
    }

    private void Report(ImportSummary summary, RegisterIssue issue)
    {
        if (summary.Issues.Count < _options.MaxIssuesKept) summary.Issues.Add(issue);
        _options.OnIssue?.Invoke(issue);
    }

    private static RegisterFormat Sniff(Stream stream, bool seekable = true)
    {
        var head = new byte[RegisterFormatDetector.SniffBytes];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (seekable) stream.Position = 0;
        return RegisterFormatDetector.Detect(head.AsSpan(0, n));
    }

    private static string Sha256(string path)
    {
        using var f = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(f));
    }
}

public sealed record ImportOptions
{
    /// <summary>Office code for CSV rows that name none.</summary>
    public string DefaultOffice { get; init; } = "LIST";

    /// <summary>How many issues each summary keeps in memory (all are passed to <see cref="OnIssue"/>).</summary>
    public int MaxIssuesKept { get; init; } = 1000;

    public Action<RegisterIssue>? OnIssue { get; init; }

    public bool HashFiles { get; init; } = true;
}
