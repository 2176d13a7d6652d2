using System.CommandLine;
using System.Text.Json;
using MarkScreen.Knockoffs.Evaluation;
using MarkScreen.Knockoffs.Features;
using MarkScreen.Knockoffs.Model;
using MarkScreen.Knockoffs.NearDuplicates;
using MarkScreen.Knockoffs.Products;
using MarkScreen.Reporting;
using Spectre.Console;

namespace MarkScreen.Cli.Commands;

internal static partial class KnockoffsCommand
{
    public static Command Create()
    {
        var command = new Command("knockoffs", "Find listings that copy a genuine product, and listings that copy one another.");
        command.Subcommands.Add(Eval());
        command.Subcommands.Add(Train());
        command.Subcommands.Add(Find());
        command.Subcommands.Add(Duplicates());
        return command;
    }

    private static Command Eval()
    {
        var dirs = new Argument<DirectoryInfo[]>("benchmark") { Description = "Benchmark folders (tableA.csv, tableB.csv, train/valid/test.csv).", Arity = ArgumentArity.OneOrMore };
        var k = new Option<int>("--top-k") { Description = "Candidates per listing when measuring blocking.", DefaultValueFactory = _ => 10 };
        var augment = new Option<bool>("--random-non-matches") { Description = "Also train on random pairs of the tables as non-matches, as the shipped model is." };
        var command = new Command("eval", "Train on a benchmark's train split, tune on valid, report precision, recall and F1 on test, and pairs/s.") { dirs, k, augment };
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
                var r = EmBenchmark.Run(dir.FullName, parse.GetValue(k), randomNonMatches: parse.GetValue(augment));
                table.AddRow(r.Name, $"{r.TrainPairs:N0}", $"{r.TrainSeconds:N1}", $"{r.Threshold:0.00}", $"{r.Test.Precision:P1}", $"{r.Test.Recall:P1}", $"[bold]{r.Test.F1 * 100:0.0}[/]",
                    r.PeetersSample is { } p ? $"{p.F1 * 100:0.0}" : "", $"{r.PairsPerSecond:N0}", $"{r.BlockingRecall:P1}", $"{r.CandidatePairs:N0} / {r.AllPairs:N0}");
            }
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Train()
    {
        var train = new Option<FileInfo>("--train") { Description = "Labelled pairs: ltable_id,rtable_id,label.", Required = true };
        var valid = new Option<FileInfo?>("--valid") { Description = "Labelled pairs to choose the decision threshold on (default: 0.5)." };
        var left = new Option<FileInfo>("--left") { Description = "The left product table (e.g. the genuine catalogue).", Required = true };
        var right = new Option<FileInfo>("--right") { Description = "The right product table (e.g. marketplace listings).", Required = true };
        var model = new Option<FileInfo>("--model") { Description = "Where to save the model (a zip).", DefaultValueFactory = _ => new FileInfo("knockoff-model.zip") };
        var command = new Command("train", "Train a knock-off model on labelled pairs of two product tables.") { train, valid, left, right, model };
        command.SetAction(parse =>
        {
            var corpus = new ProductCorpus(ProductTable.Read(parse.GetValue(left)!.FullName), ProductTable.Read(parse.GetValue(right)!.FullName));
            var trainIds = EmBenchmark.Pairs(parse.GetValue(train)!.FullName);
            var trainPairs = EmBenchmark.Labelled(corpus, trainIds, out var missing);
            trainPairs.AddRange(EmBenchmark.RandomNonMatches(corpus, trainIds, trainPairs.Count / 2));
            var validPairs = parse.GetValue(valid) is { } v ? EmBenchmark.Labelled(corpus, EmBenchmark.Pairs(v.FullName), out _) : [];
            if (missing > 0) Console.Error.WriteLine($"{missing:N0} training pairs name ids missing from the tables; left out");
            if (trainPairs.Count == 0 || !trainPairs.Any(p => p.Label) || trainPairs.All(p => p.Label))
            {
                Console.Error.WriteLine("training needs labelled pairs of both kinds (label 1 and 0)");
                return ExitCodes.NothingUsable;
            }
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using var trained = KnockoffModel.Train(trainPairs, validPairs);
            trained.Save(parse.GetValue(model)!.FullName);
            AnsiConsole.MarkupLine($"trained on {trainPairs.Count:N0} pairs ({trainPairs.Count(p => p.Label):N0} matches; a third of the rest random pairs of the tables) in {watch.Elapsed.TotalSeconds:N1} s; "
                + $"threshold {trained.Threshold:0.00}{(validPairs.Count > 0 ? $" (best F1 on {validPairs.Count:N0} validation pairs)" : "")}; saved {Markup.Escape(parse.GetValue(model)!.FullName)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Find()
    {
        var catalogue = new Option<FileInfo>("--catalogue") { Description = "The brand's genuine products (CSV: id, title, and brand, modelno, description, price where known).", Required = true };
        var listings = new Option<FileInfo>("--listings") { Description = "Marketplace listings (CSV, same columns; seller if known).", Required = true };
        var topK = new Option<int>("--top-k") { Description = "Catalogue candidates scored per listing.", DefaultValueFactory = _ => 5 };
        var model = new Option<FileInfo?>("--model") { Description = "A model from 'knockoffs train' (default: the shipped model)." };
        var min = new Option<float?>("--min-probability") { Description = "Report pairs from this probability (default: the model's threshold)." };
        var json = CommonOptions.Json();
        var command = new Command("find", "List the marketplace listings that describe a catalogue product, with probability and evidence.") { catalogue, listings, topK, model, min, json };
        command.SetAction(parse =>
        {
            using var m = parse.GetValue(model) is { } path ? KnockoffModel.Load(path.FullName) : KnockoffFinder.DefaultModel();
            var matches = KnockoffFinder.Find(ProductTable.Read(parse.GetValue(catalogue)!.FullName), ProductTable.Read(parse.GetValue(listings)!.FullName), m, parse.GetValue(topK), parse.GetValue(min));
            if (parse.GetValue(json))
            {
                foreach (var x in matches)
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { listing_id = x.Listing.Id, listing_title = x.Listing.Title, seller = x.Listing.Seller, product_id = x.Product.Id,
                        product_title = x.Product.Title, probability = Math.Round(x.Probability, 3), evidence = x.Evidence }, JsonDefaults.Compact));
            }
            else
            {
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var h in new[] { "listing", "catalogue product", "p", "evidence" }) table.AddColumn(h);
                foreach (var x in matches)
                    table.AddRow(Markup.Escape($"{x.Listing.Id}: {x.Listing.Title}" + (x.Listing.Seller is null ? "" : $" (seller {x.Listing.Seller})")),
                        Markup.Escape($"{x.Product.Id}: {x.Product.Title}"), $"{x.Probability:0.00}", Markup.Escape(string.Join("; ", x.Evidence)));
                AnsiConsole.Write(table);
                AnsiConsole.MarkupLine($"{matches.Count:N0} likely copies (threshold {parse.GetValue(min) ?? m.Threshold:0.00})");
            }
            return matches.Count > 0 ? ExitCodes.Ok : ExitCodes.NothingUsable;
        });
        return command;
    }

    private static Command Duplicates()
    {
        var listings = new Option<FileInfo>("--listings") { Description = "Listings (CSV: id, title, description, seller where known).", Required = true };
        var threshold = new Option<double>("--threshold") { Description = "Word 3-shingle Jaccard similarity from which two listings are near duplicates.", DefaultValueFactory = _ => 0.8 };
        var command = new Command("dupes", "Group near-duplicate listings (MinHash), e.g. one listing cloned across sellers.") { listings, threshold };
        command.SetAction(parse =>
        {
            var clusters = MinHashClusters.Find(ProductTable.Read(parse.GetValue(listings)!.FullName), parse.GetValue(threshold));
            foreach (var c in clusters)
            {
                var sellers = c.Listings.Select(l => l.Seller).Where(s => s is not null).Distinct().Count();
                AnsiConsole.MarkupLine($"[bold]{c.Listings.Count} listings[/]{(sellers > 1 ? $" from {sellers} sellers" : "")}, similarity ≥ {c.MinSimilarity:0.00}");
                foreach (var l in c.Listings.Take(10))
                    AnsiConsole.MarkupLine("  " + Markup.Escape($"{l.Id}: {l.Title}" + (l.Seller is null ? "" : $" (seller {l.Seller})")));
                if (c.Listings.Count > 10) AnsiConsole.MarkupLine($"  … {c.Listings.Count - 10} more");
            }
            AnsiConsole.MarkupLine($"{clusters.Count:N0} groups of near duplicates");
            return ExitCodes.Ok;
        });
        return command;
    }
}
