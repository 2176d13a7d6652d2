using System.CommandLine;
using MarkScreen.Judging.Goods;
using MarkScreen.Judging.Goods.Evaluation;
using MarkScreen.Matching.Evaluation;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create()
    {
        var shared = new Option<DirectoryInfo>("--shared") { Description = "The shared data folder (holds data-candidates/product-listings).", DefaultValueFactory = _ => new DirectoryInfo("../shared") };
        var sample = new Option<int?>("--sample") { Description = "Evaluate a random sample of this many listings (default: all)." };
        var seed = new Option<int>("--seed") { Description = "Seed for sampling and disguises.", DefaultValueFactory = _ => 42 };
        var matching = new Command("matching", "Recall per match kind and false matches on real listings with brand columns.") { shared, sample, seed };
        matching.SetAction(parse =>
        {
            var listings = LabeledListings.LoadShared(parse.GetValue(shared)!.FullName);
            var report = AccuracyHarness.Run(listings, parse.GetValue(seed), parse.GetValue(sample));
            AnsiConsole.MarkupLine($"{report.Listings:N0} listings whose brand appears in the title; register of {report.Brands:N0} brands; {report.Elapsed.TotalSeconds:N1} s");
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var h in new[] { "kind", "cases", "found", "recall", "named as that kind" }) table.AddColumn(h);
            foreach (var k in report.Kinds)
                table.AddRow(k.Kind, $"{k.Cases:N0}", $"{k.Found:N0}", $"{k.Recall:P1}", k.Cases == 0 ? "" : $"{(double)k.NamedRight / k.Cases:P1}");
            table.AddRow("false matches (brand replaced by a neutral word)", $"{report.FalseCases:N0}", $"{report.FalseFound:N0}", $"{report.FalseMatchRate:P2}", "");
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        var misses = new Option<int>("--show-misses") { Description = "Also print this many wrong guesses (title, label, guess, because)." };
        var nclOnly = new Option<bool>("--ncl-only") { Description = "Leave out MarkScreen's marketplace vocabulary (classify with the Nice terms alone)." };
        var goods = new Command("goods", "Accuracy of the Nice-class guess from titles, labelled by the marketplaces' own categories.") { shared, misses, seed, nclOnly };
        goods.SetAction(parse => PrintGoods(parse.GetValue(shared)!.FullName, parse.GetValue(misses), parse.GetValue(seed),
            parse.GetValue(nclOnly) ? new GoodsClassifier(NiceCatalogue.Default.Terms.Where(t => t.Source != "marketplace")) : GoodsClassifier.Default));
        var command = new Command("eval", "Accuracy reports on the shared real data.");
        command.Subcommands.Add(matching);
        command.Subcommands.Add(goods);
        return command;
    }

    private static int PrintGoods(string sharedRoot, int misses, int seed, GoodsClassifier classifier)
    {
        var labels = GoodsLabels.LoadShared(sharedRoot);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = GoodsAccuracy.Run(labels, classifier);
        AnsiConsole.MarkupLine($"{report.Listings:N0} labelled listings; {watch.Elapsed.TotalSeconds:N1} s; no guess for {report.NoGuess:N0}");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "set", "listings", "top-1", "top-3" }) table.AddColumn(h);
        table.AddRow("all", $"{report.Listings:N0}", $"{report.Top1Rate:P1}", $"{report.Top3Rate:P1}");
        foreach (var r in report.BySource) table.AddRow(r.Name, $"{r.Listings:N0}", $"{r.Top1Rate:P1}", $"{(double)r.Top3 / r.Listings:P1}");
        foreach (var r in report.ByCategory.Where(r => r.Listings >= 50)) table.AddRow("  " + Markup.Escape(r.Name), $"{r.Listings:N0}", $"{r.Top1Rate:P1}", $"{(double)r.Top3 / r.Listings:P1}");
        AnsiConsole.Write(table);
        var random = new Random(seed);
        foreach (var l in labels.OrderBy(_ => random.Next()))
        {
            if (misses <= 0) break;
            var guesses = classifier.Classify(l.Title);
            if (guesses.Count > 0 && l.Classes.Contains(guesses[0].Class)) continue;
            misses--;
            Console.WriteLine($"{l.Source} {l.Category} [{string.Join("|", l.Classes)}] {l.Title}\n    → " +
                string.Join("; ", guesses.Select(g => $"{g.Class} {g.Confidence:P0} '{g.Because}' ({g.Term?.Text})")));
        }
        return ExitCodes.Ok;
    }
}
