using System.Globalization;

/// <summary>
/// Per-lead update_lead POSTs from a CSV file, with no parsing and no PowerShell: the floor for Set-VicidialLead. Runs the
/// file five times in one process, as the cmdlet's measurement does (the first cold, the last ones in the steady state),
/// and prints "leads seconds1 ... seconds5".
/// </summary>
internal static class RawUpdates
{
    public static async Task<int> RunAsync(string[] args)
    {
        var api = new Uri(args[1]);
        string[][] rows = RawPosts.Rows(args[2]);
        int concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
        string prefix = $"source=bench&user={Uri.EscapeDataString(args[4])}&pass={Uri.EscapeDataString(args[5])}&function=update_lead";
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        var seconds = new List<string>();
        for (int run = 0; run < 5; run++)
            seconds.Add((await RawPosts.PostAllAsync(http, api, rows, concurrency,
                row => $"{prefix}&status={Uri.EscapeDataString(row[1])}&first_name={Uri.EscapeDataString(row[2])}&lead_id={row[0]}")).ToString("0.000", CultureInfo.InvariantCulture));
        Console.WriteLine($"{rows.Length} {string.Join(" ", seconds)}");
        return 0;
    }
}
