using System.CommandLine;
using MarkScreen.Knockoffs.Evaluation;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

internal static partial class KnockoffsCommand
{
    public static Command Create()
    {
        var command = new Command("knockoffs", "Find listings that copy a genuine product, and listings that copy one another.");
        command.Subcommands.Add(Eval());
        return command;
    }

    private static Command Eval()
    {
        var dirs = new Argument<DirectoryInfo[]>("benchmark") { Description = "Benchmark folders (tableA.csv, tableB.csv, train/valid/test.csv).", Arity = ArgumentArity.OneOrMore };
        var k = new Option<int>("--top-k") { Description = "Candidates per listing when measuring blocking.", DefaultValueFactory = _ => 10 };
        var command = new Command("eval", "Train on a benchmark's train split, tune on valid, report precision, recall and F1 on test, and pairs/s.") { dirs, k };
        command.SetAction(parse =>
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var h in new[] { "benchmark", "train pairs", "train s", "threshold", "test P", "test R", "test F1", "sampled-test F1", "pairs/s", $"blocking recall@{parse.GetValue(k)}", "candidates / all pairs" })
                table.AddColumn(h);
            foreach (var dir in parse.GetValue(dirs)!)
            {
                if (!File.Exists(Path.Combine(dir.FullName, "tableA.csv")))
                {
                    Console.Error.WriteLine($"{dir.FullName}: no tableA.csv");
                    return ExitCodes.Error;
                }
                var r = EmBenchmark.Run(dir.FullName, parse.GetValue(k));
                table.AddRow(r.Name, $"{r.TrainPairs:N0}", $"{r.TrainSeconds:N1}", $"{r.Threshold:0.00}", $"{r.Test.Precision:P1}", $"{r.Test.Recall:P1}", $"[bold]{r.Test.F1 * 100:0.0}[/]",
                    r.PeetersSample is { } p ? $"{p.F1 * 100:0.0}" : "", $"{r.PairsPerSecond:N0}", $"{r.BlockingRecall:P1}", $"{r.CandidatePairs:N0} / {r.AllPairs:N0}");
            }
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
