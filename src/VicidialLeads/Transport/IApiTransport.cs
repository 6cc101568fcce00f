using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace VicidialLeads.Transport
{
    /// <summary>
    /// What the request policy and the function executors need of the API client, so the policy can be tested
    /// against a scripted server without sockets.
    /// </summary>
    internal interface IApiTransport
    {
        ApiEndpoint Endpoint { get; }
        string User { get; }
        string Source { get; }
        VicidialClientOptions Options { get; }
        SecretRedactor Redactor { get; }

        /// <summary>Sends an authenticated request for <paramref name="function"/> with the given fields.</summary>
        Task<ApiResponse> SendAsync(string function, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellation);

        /// <summary>The probe of a held run: a request that proves the API answers, and reads no lead.</summary>
        Task<ApiResponse> ProbeAsync(CancellationToken cancellation);

        /// <summary>The length of a GET request target for these fields.</summary>
        int MeasureGetRequestTarget(string function, IReadOnlyList<KeyValuePair<string, string>> fields);
    }
}
