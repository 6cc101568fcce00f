using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

/// <summary>
/// Per-lead update_lead POSTs from a CSV file, with no parsing and no PowerShell: the floor for Set-VicidialLead. Runs the
/// file twice, a warm-up and a measured run, as the cmdlet's measurement does, and prints "leads warm-up measured".
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
        double warmUp = await RunOnceAsync(http, api, rows, concurrency, prefix);
        double measured = await RunOnceAsync(http, api, rows, concurrency, prefix);
        Console.WriteLine($"{rows.Length} {warmUp.ToString("0.000", CultureInfo.InvariantCulture)} {measured.ToString("0.000", CultureInfo.InvariantCulture)}");
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
