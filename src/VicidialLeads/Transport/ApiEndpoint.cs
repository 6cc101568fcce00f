using System;

namespace VicidialLeads.Transport
{
    /// <summary>The URL of a server's non_agent_api.php, worked out from what the user typed.</summary>
    internal sealed class ApiEndpoint
    {
        public const string ScriptPath = "/vicidial/non_agent_api.php";

        private ApiEndpoint(Uri uri, bool schemeAssumed)
        {
            Uri = uri;
            SchemeAssumed = schemeAssumed;
        }

        public Uri Uri { get; }

        /// <summary>True when the user gave no scheme and https was assumed; a failure then says so and names the http URL.</summary>
        public bool SchemeAssumed { get; }

        /// <summary>The same endpoint over plain http, on the port the user gave (or 80), for a hint when https was assumed.</summary>
        public ApiEndpoint AsPlainHttp()
        {
            var builder = new UriBuilder(Uri) { Scheme = Uri.UriSchemeHttp };
            if (Uri.IsDefaultPort) builder.Port = 80;
            return new ApiEndpoint(builder.Uri, false);
        }

        public bool IsEncrypted => Uri.Scheme == Uri.UriSchemeHttps;

        /// <summary>The path part of a GET request target, as sent on the wire.</summary>
        public string PathForRequestTarget => Uri.AbsolutePath;

        /// <summary>
        /// Accepts a host name, a base URL or the full script URL. HTTPS is assumed when no scheme is given;
        /// a bare host or base URL gets the standard script path.
        /// </summary>
        public static ApiEndpoint Parse(string server)
        {
            if (string.IsNullOrWhiteSpace(server))
                throw new ArgumentException("The server is empty. Give a host name, a base URL, or the URL of non_agent_api.php.");

            string text = server.Trim();
            bool schemeAssumed = text.IndexOf("://", StringComparison.Ordinal) < 0;
            if (schemeAssumed)
                text = "https://" + text;

            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) ||
                (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) ||
                uri.Host.Length == 0)
            {
                throw new ArgumentException($"'{server}' is not a valid server. Give a host name (vicidial.example.com), a base URL (https://vicidial.example.com) or the URL of non_agent_api.php, with http or https.");
            }

            if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
                throw new ArgumentException("The server URL must not contain a query, a fragment or user information (it is not repeated here, as it may hold a password): credentials go in -Credential.");

            string path = uri.AbsolutePath.TrimEnd('/');
            if (path.EndsWith(".php", StringComparison.OrdinalIgnoreCase))
            {
                // Already the script's URL.
            }
            else if (path.EndsWith("/vicidial", StringComparison.OrdinalIgnoreCase))
            {
                path += "/non_agent_api.php";
            }
            else
            {
                path += ScriptPath;
            }

            var builder = new UriBuilder(uri) { Path = path };
            return new ApiEndpoint(builder.Uri, schemeAssumed);
        }

        public override string ToString() => Uri.AbsoluteUri;
    }
}
