using System.Globalization;
using MarkScreen.Marks;
using MarkScreen.Registers.Store;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

/// <summary>A record as a person reads it: the mark and its standing first, then owners, classes, provenance.</summary>
internal static class MarkPrinter
{
    public static void Print(StoredMark stored)
    {
        var r = stored.Record;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        void Row(string label, object? value)
        {
            var text = value switch
            {
                null => null,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            };
            if (!string.IsNullOrEmpty(text)) grid.AddRow(new Markup($"[grey]{Markup.Escape(label)}[/]"), new Spectre.Console.Text(text));
        }

        var live = r.Liveness switch { Liveness.Live => "[green]LIVE[/]", Liveness.Dead => "[red]DEAD[/]", _ => "[yellow]UNKNOWN[/]" };
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(r.MarkText ?? "(no word element: design mark)")}[/]  {live}");
        Row("office", r.Office);
        Row("serial number", r.SerialNumber);
        Row("registration number", r.RegistrationNumber);
        Row("international registration", r.InternationalRegistrationNumber);
        Row("status", r.StatusCode is null ? r.Status : $"{r.StatusCode} {r.Status}");
        Row("status date", r.StatusDate);
        Row("mark type", r.MarkType);
        Row("drawing", r.DrawingCode is null ? r.DrawingType : $"{r.DrawingCode} {r.DrawingType}");
        Row("standard characters", r.StandardCharacters ? "yes" : null);
        Row("register", r.Register);
        Row("filed", r.FilingDate);
        Row("published", r.PublicationDate);
        Row("registered", r.RegistrationDate);
        Row("renewed", r.RenewalDate);
        Row("valid until", r.ExpiryDate);
        Row("abandoned", r.AbandonmentDate);
        Row("cancelled", r.CancellationDate);
        Row("transaction date", r.TransactionDate);
        Row("filing basis", r.FilingBasis == FilingBasis.None ? null : string.Join(", ", FilingBasisNames.Describe(r.FilingBasis)));
        Row("attorney", r.Attorney);
        Row("disclaimer", r.Disclaimer);
        Row("pseudo mark", r.PseudoMark);
        Row("description", r.Description);
        Row("translation", r.Translation);
        Row("source", $"{r.SourceFile} ({r.SourceFormat}){(r.Source is null || r.Source == r.SourceFile ? "" : "; " + r.Source)}");
        Row("imported", stored.ImportedAt);
        AnsiConsole.Write(grid);

        if (r.Owners.Count > 0)
        {
            var owners = new Table().Border(TableBorder.Simple).Title("Owners");
            foreach (var h in new[] { "", "name", "party", "entity", "country/state", "address" }) owners.AddColumn(h);
            foreach (var o in r.Owners)
            {
                owners.AddRow(o.IsCurrentOwner ? "[green]current[/]" : "", Markup.Escape(o.Name),
                    Markup.Escape(string.Join(" ", new[] { o.PartyTypeCode, o.PartyType }.Where(s => s is not null))),
                    Markup.Escape(o.EntityType ?? o.EntityTypeCode ?? ""), Markup.Escape(string.Join("/", new[] { o.Country, o.State }.Where(s => s is not null))),
                    Markup.Escape(o.Address ?? ""));
            }
            AnsiConsole.Write(owners);
        }
        if (r.Classes.Count > 0)
        {
            var classes = new Table().Border(TableBorder.Simple).Title("Classes and goods/services");
            foreach (var h in new[] { "class", "US", "status", "first use", "goods / services" }) classes.AddColumn(h);
            foreach (var c in r.Classes)
            {
                classes.AddRow(
                    Markup.Escape(c.NiceClass?.ToString(CultureInfo.InvariantCulture) ?? c.ClassCode ?? "any"),
                    Markup.Escape(c.UsClasses ?? ""),
                    Markup.Escape(string.Join(" ", new[] { c.StatusCode, c.Status }.Where(s => s is not null))),
                    Markup.Escape(c.FirstUseAnywhere ?? ""),
                    Markup.Escape(c.Goods ?? ""));
            }
            AnsiConsole.Write(classes);
        }
        AnsiConsole.WriteLine();
    }
}
