using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace VicidialLeads.TestServer.Api;

/// <summary>
/// The request's parameters as non_agent_api.php reads them: from the query string if there, else from the
/// form body (url-encoded or multipart); the query string wins when both have one (capture 41). As in PHP,
/// a repeated name keeps its last value, and a missing one reads as empty.
/// </summary>
internal sealed class ApiParameters
{
    private readonly IQueryCollection _query;
    private readonly IFormCollection _form;

    private readonly string _rawQuery;

    private ApiParameters(IQueryCollection query, IFormCollection form, string rawQuery)
    {
        _query = query;
        _form = form;
        _rawQuery = rawQuery;
    }

    public string this[string name] =>
        _query.TryGetValue(name, out var fromQuery) ? LastOf(fromQuery)
        : _form.TryGetValue(name, out var fromForm) ? LastOf(fromForm)
        : string.Empty;

    /// <summary>The function asked for, cleaned as the real server cleans it.</summary>
    /// <summary>Every parameter name given, query string first.</summary>
    public IEnumerable<string> Names => _query.Keys.Concat(_form.Keys).Distinct(StringComparer.Ordinal);

    /// <summary>The value of the last POST field, which the real server logs (vicidial_api_log.value) after a write.</summary>
    public string LastPostValue => _form.Count == 0 ? string.Empty : LastOf(_form.Last().Value);

    /// <summary>The query string as sent (still percent-encoded), which the real server logs (vicidial_api_urls.url).</summary>
    public string RawQuery => _query.Count == 0 ? string.Empty : _rawQuery;

    public string Function => VicidialText.Identifier(this["function"]);

    /// <summary>The user name, cleaned as the real server cleans it.</summary>
    public string User => VicidialText.Identifier(this["user"]);

    public static async Task<ApiParameters> ReadAsync(HttpRequest request, FormOptions formOptions, CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType
            ? await request.ReadFormAsync(formOptions, cancellationToken)
            : FormCollection.Empty;
        return new ApiParameters(request.Query, form, request.QueryString.Value ?? string.Empty);
    }

    private static string LastOf(StringValues values) => values.Count == 0 ? string.Empty : values[^1] ?? string.Empty;

    /// <summary>Parameters from the query string alone, for requests refused before their body is read.</summary>
    public static ApiParameters FromQuery(HttpRequest request) => new(request.Query, FormCollection.Empty, request.QueryString.Value ?? string.Empty);
}
