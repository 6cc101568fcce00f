using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

// Sends the same lead_search POST batches as the module, at the same concurrency, with no parsing and no
// PowerShell: once, then five more times, and prints "<numbers> <first-run-seconds> <best-later-run-seconds>".
// Usage: raw-http <api-url> <numbers-file> <batch-size> <concurrency> <user> <pass>
// Or, with "update" first: one update_lead POST per row of a lead_id,status,first_name file, at the same concurrency,
// the file read and posted <runs> times (5 when omitted), and prints "<leads> <seconds-of-each-run>".
// Usage: raw-http update <api-url> <changes-file> <concurrency> <user> <pass> [<runs>]
if (args.Length is 6 or 7 && args[0] == "update")
    return await RawUpdates.RunAsync(args);
// Or, with "add" first: one add_lead POST per row of a phone_number,first_name,last_name file into a list.
// Usage: raw-http add <api-url> <rows-file> <concurrency> <user> <pass> <list-id>
if (args.Length == 7 && args[0] == "add")
    return await RawAdds.RunAsync(args);
if (args.Length != 6)
{
    Console.Error.WriteLine("usage: VicidialLeads.Benchmarks <api-url> <numbers-file> <batch-size> <concurrency> <user> <pass>");
    return 2;
}

var api = new Uri(args[0]);
string[] numbers = File.ReadLines(args[1]).Skip(1).Select(line => line.Split(',')[0]).ToArray();
int batchSize = int.Parse(args[2], CultureInfo.InvariantCulture);
int concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
string prefix = $"source=bench&user={Uri.EscapeDataString(args[4])}&pass={Uri.EscapeDataString(args[5])}&function=lead_search&records={batchSize * 1000}&phone_number=";

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
var batches = numbers.Chunk(batchSize).ToArray();
double first = await RunAsync();
double second = double.MaxValue;
for (int run = 0; run < 5; run++)
    second = Math.Min(second, await RunAsync());
Console.WriteLine($"{numbers.Length} {first.ToString("0.000", CultureInfo.InvariantCulture)} {second.ToString("0.000", CultureInfo.InvariantCulture)}");
return 0;

async Task<double> RunAsync()
{
    int next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
    {
        for (int i = Interlocked.Increment(ref next); i < batches.Length; i = Interlocked.Increment(ref next))
        {
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes(prefix + string.Join(",", batches[i])));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            using var response = await http.PostAsync(api, content);
            _ = await response.Content.ReadAsStringAsync();
        }
    }));
    return clock.Elapsed.TotalSeconds;
}
