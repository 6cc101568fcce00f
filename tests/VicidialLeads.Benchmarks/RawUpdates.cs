using System.Globalization;

/// <summary>
/// Per-lead update_lead POSTs from a CSV file, with no parsing of the answers and no PowerShell: the floor for
/// Set-VicidialLead. Each run reads the file and posts its rows, as the cmdlet's measurement does; the file is run
/// several times in one process (the first cold, the last ones in the steady state), and it prints
/// "leads seconds1 ... secondsN".
/// </summary>
internal static class RawUpdates
{
    public static async Task<int> RunAsync(string[] args)
    {
        var api = new Uri(args[1]);
        string file = args[2];
        int concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
        string prefix = $"source=bench&user={Uri.EscapeDataString(args[4])}&pass={Uri.EscapeDataString(args[5])}&function=update_lead";
        int runs = args.Length > 6 ? int.Parse(args[6], CultureInfo.InvariantCulture) : 5;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        var seconds = new List<string>();
        int leads = 0;
        for (int run = 0; run < runs; run++)
        {
            (leads, double elapsed) = await RawPosts.PostFileAsync(http, api, file, concurrency,
                row => $"{prefix}&status={Uri.EscapeDataString(row[1])}&first_name={Uri.EscapeDataString(row[2])}&lead_id={row[0]}");
            seconds.Add(elapsed.ToString("0.000", CultureInfo.InvariantCulture));
        }
        Console.WriteLine($"{leads} {string.Join(" ", seconds)}");
        return 0;
    }
}
