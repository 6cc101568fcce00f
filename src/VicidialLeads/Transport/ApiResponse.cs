using System;

namespace VicidialLeads.Transport
{
    /// <summary>A complete answer of the API: HTTP 200, or a 5xx whose body the caller takes as the answer.</summary>
    internal sealed class ApiResponse
    {
        public ApiResponse(string body, TimeSpan elapsed, int statusCode = 200)
        {
            Body = body;
            Elapsed = elapsed;
            StatusCode = statusCode;
        }

        public string Body { get; }
        public TimeSpan Elapsed { get; }
        public int StatusCode { get; }
    }
}
