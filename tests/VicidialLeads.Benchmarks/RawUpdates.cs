using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

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
        string[][] rows = File.ReadLines(args[2]).Skip(1).Select(line => line.Split(',')).ToArray();
        int concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
        string prefix = $"source=bench&user={Uri.EscapeDataString(args[4])}&pass={Uri.EscapeDataString(args[5])}&function=update_lead";
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        var seconds = new List<string>();
        for (int run = 0; run < 5; run++)
            seconds.Add((await RunOnceAsync(http, api, rows, concurrency, prefix)).ToString("0.000", CultureInfo.InvariantCulture));
        Console.WriteLine($"{rows.Length} {string.Join(" ", seconds)}");
        return 0;
    }

    private static async Task<double> RunOnceAsync(HttpClient http, Uri api, string[][] rows, int concurrency, string prefix)
    {
        int next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            for (int i = Interlocked.Increment(ref next); i < rows.Length; i = Interlocked.Increment(ref next))
            {
                string[] row = rows[i];
                string form = $"{prefix}&status={Uri.EscapeDataString(row[1])}&first_name={Uri.EscapeDataString(row[2])}&lead_id={row[0]}";
                var content = new ByteArrayContent(Encoding.ASCII.GetBytes(form));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
                using var response = await http.PostAsync(api, content);
                _ = await response.Content.ReadAsStringAsync();
            }
        }));
        return clock.Elapsed.TotalSeconds;
    }
}
