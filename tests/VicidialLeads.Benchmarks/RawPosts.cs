using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

/// <summary>One form POST per row, a given number in flight, answers read and not parsed: the raw floor of a per-row cmdlet.</summary>
internal static class RawPosts
{
    /// <summary>
    /// Reads a CSV file and posts every row's form: the rows and the seconds both took, reading included, as the
    /// cmdlets' measurements include Import-Csv.
    /// </summary>
    public static async Task<(int Rows, double Seconds)> PostFileAsync(HttpClient http, Uri api, string file, int concurrency, Func<string[], string> form)
    {
        var clock = Stopwatch.StartNew();
        string[][] rows = Rows(file);
        await PostAllAsync(http, api, rows, concurrency, form);
        return (rows.Length, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Posts every row's form and returns the seconds it took.</summary>
    private static async Task<double> PostAllAsync(HttpClient http, Uri api, string[][] rows, int concurrency, Func<string[], string> form)
    {
        int next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            for (int i = Interlocked.Increment(ref next); i < rows.Length; i = Interlocked.Increment(ref next))
            {
                var content = new ByteArrayContent(Encoding.ASCII.GetBytes(form(rows[i])));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
                using var response = await http.PostAsync(api, content);
                _ = await response.Content.ReadAsStringAsync();
            }
        }));
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The rows of a CSV file without its header, split at commas.</summary>
    private static string[][] Rows(string file) => File.ReadLines(file).Skip(1).Select(line => line.Split(',')).ToArray();
}
