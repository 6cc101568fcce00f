using System.Globalization;

/// <summary>
/// One add_lead POST per row of phone_number,first_name,last_name files, with no parsing and no PowerShell: the floor
/// for Add-VicidialLead. Sends the same fields the module sends (phone_code, list_exists_check, list_id last). The files
/// (comma-separated) are read and loaded one after another in one process, and the seconds of each are printed after the
/// row count of one: the first is a cold run, the others warm.
/// </summary>
internal static class RawAdds
{
    public static async Task<int> RunAsync(string[] args)
    {
        var api = new Uri(args[1]);
        string[] files = args[2].Split(',');
        int concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
        string listId = args[6];
        string prefix = $"source=bench&user={Uri.EscapeDataString(args[4])}&pass={Uri.EscapeDataString(args[5])}&function=add_lead";
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        var seconds = new List<string>();
        int count = 0;
        foreach (string file in files)
        {
            (count, double elapsed) = await RawPosts.PostFileAsync(http, api, file, concurrency, row =>
                $"{prefix}&phone_number={row[0]}&phone_code=1&first_name={Uri.EscapeDataString(row[1])}&last_name={Uri.EscapeDataString(row[2])}&list_exists_check=Y&list_id={listId}");
            seconds.Add(elapsed.ToString("0.000", CultureInfo.InvariantCulture));
        }
        Console.WriteLine($"{count} {string.Join(" ", seconds)}");
        return 0;
    }
}
