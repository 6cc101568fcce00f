using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

/// <summary>
/// One add_lead POST per row of a phone_number,first_name,last_name file, with no parsing and no PowerShell: the floor
/// for Add-VicidialLead. Sends the same fields the module sends (phone_code, list_exists_check, list_id last).
/// </summary>
internal static class RawAdds
{
    public static async Task<int> RunAsync(string[] args)
    {
        var api = new Uri(args[1]);
        string[][] rows = File.ReadLines(args[2]).Skip(1).Select(line => line.Split(',')).ToArray();
        int concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
        string listId = args[6];
        string prefix = $"source=bench&user={Uri.EscapeDataString(args[4])}&pass={Uri.EscapeDataString(args[5])}&function=add_lead";
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        int next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            for (int i = Interlocked.Increment(ref next); i < rows.Length; i = Interlocked.Increment(ref next))
            {
                string[] row = rows[i];
                string form = $"{prefix}&phone_number={row[0]}&phone_code=1&first_name={Uri.EscapeDataString(row[1])}&last_name={Uri.EscapeDataString(row[2])}&list_exists_check=Y&list_id={listId}";
                var content = new ByteArrayContent(Encoding.ASCII.GetBytes(form));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
                using var response = await http.PostAsync(api, content);
                _ = await response.Content.ReadAsStringAsync();
            }
        }));
        Console.WriteLine($"{rows.Length} {clock.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)}");
        return 0;
    }
}
