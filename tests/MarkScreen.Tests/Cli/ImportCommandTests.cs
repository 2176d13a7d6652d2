using System.Diagnostics;
using System.Text.Json;
using MarkScreen.Registers.Store;
using MarkScreen.Registers.Uspto;

namespace MarkScreen.Tests.Cli;

public class ImportCommandTests
{
    [Fact]
    public void Import_then_show_prints_every_field_of_the_record_as_json()
    {
        using var dir = new TempDir();
        var db = dir.File("r.db");
        var import = CliRunner.Run("import", "--db", db, TestData.Tsdr("rn2178784-ST96.xml"));
        Assert.Equal(0, import.Exit);
        Assert.Contains("rn2178784-ST96.xml: WIPO ST.96; read 1, inserted 1", import.Out, StringComparison.Ordinal);

        var show = CliRunner.Run("marks", "show", "--db", db, "--json", "rn2178784");
        Assert.Equal(0, show.Exit);
        using var json = JsonDocument.Parse(show.Out);
        var record = json.RootElement.GetProperty("record");
        Assert.Equal("JAVA", record.GetProperty("mark_text").GetString());
        Assert.Equal("74631225", record.GetProperty("serial_number").GetString());
        Assert.Equal("live", record.GetProperty("liveness").GetString());
        Assert.Equal(9, record.GetProperty("classes")[0].GetProperty("nice_class").GetInt32());
        Assert.Contains(record.GetProperty("owners").EnumerateArray(), o => o.GetProperty("name").GetString() == "Oracle America, Inc." && o.GetProperty("is_current_owner").GetBoolean());
        Assert.Equal("1998-08-04", record.GetProperty("registration_date").GetString());

        var text = CliRunner.Run("marks", "show", "--db", db, "74631225");
        Assert.Equal(0, text.Exit);
        Assert.Contains("JAVA", text.Out, StringComparison.Ordinal);
        Assert.Contains("Oracle America, Inc.", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_codes_say_whether_anything_usable_was_read()
    {
        using var dir = new TempDir();
        var db = dir.File("r.db");
        var junk = dir.File("junk.xml");
        File.WriteAllText(junk, "<html>not a register</html>");
        var nothing = CliRunner.Run("import", "--db", db, junk);
        Assert.Equal(1, nothing.Exit);
        Assert.Contains("not a register file", nothing.Out, StringComparison.Ordinal);

        var missing = CliRunner.Run("import", "--db", db, dir.File("nope.xml"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no such file", missing.Err, StringComparison.Ordinal);

        var notFound = CliRunner.Run("marks", "show", "--db", db, "rn1");
        Assert.Equal(1, notFound.Exit);
        Assert.Contains("No record with registration number 1", notFound.Err, StringComparison.Ordinal);

        var stats = CliRunner.Run("stats", "--db", db, "--json");
        Assert.Equal(0, stats.Exit);
        Assert.Equal(0, JsonDocument.Parse(stats.Out).RootElement.GetProperty("total").GetInt64());
    }

    [Fact]
    public void Problems_are_printed_with_file_line_and_reason()
    {
        using var dir = new TempDir();
        var csv = dir.File("watch.csv");
        File.WriteAllText(csv, "mark,classes\nGOOD,9\nBAD,77\n");
        var run = CliRunner.Run("import", "--db", dir.File("r.db"), csv);
        Assert.Equal(0, run.Exit);
        Assert.Contains("watch.csv:3: rejected [classes]", run.Err, StringComparison.Ordinal);
        Assert.Contains("read 2, inserted 1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_killed_halfway_leaves_the_store_as_it_was()
    {
        using var dir = new TempDir();
        var db = dir.File("r.db");
        Assert.Equal(0, CliRunner.Run("import", "--db", db, TestData.UsptoBulk("daily-na-98763166.xml")).Exit);
        var big = dir.File("apc-big.xml");
        using (var f = File.Create(big)) new UsptoDailyFileGenerator(seed: 9).Write(f, 120_000_000, new DateOnly(2024, 9, 25));

        using var p = Process.Start(CliRunner.StartInfo("import", "--db", db, big))!;
        // Wait until the import reports it is a fifth of the way through the file (its transaction open, records
        // written), then kill it without warning.
        var killed = false;
        while (p.StandardError.ReadLine() is { } line)
        {
            if (!line.Contains("apc-big.xml: 20%", StringComparison.Ordinal)) continue;
            p.Kill(entireProcessTree: true);
            killed = true;
            break;
        }
        p.WaitForExit();
        Assert.True(killed, "the import never reported progress");

        using var store = MarkStore.Open(db, readOnly: true);
        Assert.Equal(1, store.Count());
        Assert.Equal(1, store.Stats().Imports);
    }
}
