using System.Collections.Generic;
using System.Threading.Tasks;
using System.Threading;

namespace VicidialLeads.Transport
{
    /// <summary>What the request policy and the function executors use of a session's HTTP client.</summary>
    internal interface IApiTransport
    {
        ApiEndpoint Endpoint { get; }
        string User { get; }
        string Source { get; }
        VicidialClientOptions Options { get; }
        SecretRedactor Redactor { get; }

        Task<ApiResponse> SendAsync(string function, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellation);

        Task<ApiResponse> ProbeAsync(CancellationToken cancellation);

        int MeasureGetRequestTarget(string function, IReadOnlyList<KeyValuePair<string, string>> fields);
    }
}
