namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>Finds the repository's captured exchanges, read at test time, and the data files shipped with the server.</summary>
internal static class FixturePaths
{
    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    public static string CapturesFolder => Path.Combine(RepositoryRoot.Value, "tests", "fixtures", "vicidial", "captures");

    public static string RawFolder => Path.Combine(CapturesFolder, "raw");

    public static string SeededLeadsFile => Path.Combine(RepositoryRoot.Value, "tests", "fixtures", "vicidial", "seeded_leads.tsv");

    /// <summary>A file of the Data folder copied beside the test server's assembly: what the server loads.</summary>
    public static string ShippedDataFile(string name) =>
        Path.Combine(Path.GetDirectoryName(typeof(VicidialTestServer).Assembly.Location)!, "Data", name);

    /// <summary>The first folder above the test binaries that holds tests/fixtures.</summary>
    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "tests", "fixtures")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No tests/fixtures folder above {AppContext.BaseDirectory}.");
    }
}
