using System.CommandLine;
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
        var command = new Command("eval", "Accuracy reports on the shared real data.");
        command.Subcommands.Add(matching);
        return command;
    }
}
