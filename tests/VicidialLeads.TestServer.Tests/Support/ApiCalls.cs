using System.Text;

namespace VicidialLeads.TestServer.Tests.Support;

/// <summary>Short ways to call a test server.</summary>
internal static class ApiCalls
{
    public static async Task<ApiAnswer> GetAsync(this HttpClient client, VicidialTestServer server, string query)
    {
        using var response = await client.GetAsync(new Uri(server.ApiUri + "?" + query));
        return new ApiAnswer((int)response.StatusCode, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    /// <summary>The status and exact body bytes.</summary>
    public static async Task<(int Status, byte[] Body)> GetBytesAsync(this HttpClient client, VicidialTestServer server, string query)
    {
        using var response = await client.GetAsync(new Uri(server.ApiUri + "?" + query));
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    public static async Task<ApiAnswer> PostFormAsync(this HttpClient client, VicidialTestServer server, string formBody)
    {
        using var content = new StringContent(formBody, Encoding.ASCII, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(server.ApiUri, content);
        return new ApiAnswer((int)response.StatusCode, Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    /// <summary>lead_search as user 6666 for the given numbers and extra parameters.</summary>
    public static Task<ApiAnswer> SearchAsync(this HttpClient client, VicidialTestServer server, string phoneNumbers, string extra = "") =>
        client.GetAsync(server, $"source=test&user=6666&pass=1234&function=lead_search&phone_number={phoneNumbers}{extra}");

    /// <summary>lead_search as user 6666 for the given numbers, sent as a form.</summary>
    public static Task<ApiAnswer> SearchByPostAsync(this HttpClient client, VicidialTestServer server, string phoneNumbers) =>
        client.PostFormAsync(server, "source=test&user=6666&pass=1234&function=lead_search&phone_number=" + phoneNumbers);

    /// <summary>lead_all_info as user 6666 with the given parameters.</summary>
    public static Task<ApiAnswer> LeadAllInfoAsync(this HttpClient client, VicidialTestServer server, string query) =>
        client.GetAsync(server, "source=test&user=6666&pass=1234&function=lead_all_info&" + query);

    public static Task<ApiAnswer> LoginAsync(this HttpClient client, VicidialTestServer server, string user, string password) =>
        client.GetAsync(server, $"source=test&user={user}&pass={password}&function=lead_search&phone_number=9998886112");

    public static Task<ApiAnswer> VersionAsync(this HttpClient client, VicidialTestServer server) =>
        client.GetAsync(server, "function=version");
}
