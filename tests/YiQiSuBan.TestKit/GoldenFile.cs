using Xunit;

namespace YiQiSuBan.TestKit;

/// <summary>
/// Compares text against a golden file under fixtures/. On mismatch writes NAME.received.EXT beside it and fails.
/// Golden files are rewritten only when UPDATE_GOLDEN=1 is set explicitly.
/// </summary>
public static class GoldenFile
{
    public static void Assert(string goldenPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        var received = Path.ChangeExtension(goldenPath, ".received" + Path.GetExtension(goldenPath));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (!File.Exists(goldenPath))
        {
            File.WriteAllText(received, actual);
            Xunit.Assert.Fail($"No golden file {goldenPath}; wrote {received}. Review it and run with UPDATE_GOLDEN=1 to accept.");
        }
        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Xunit.Assert.Equal(expected, actual);
    }
}
