using System;

namespace VicidialLeads.Http
{
    /// <summary>The URL of a server's non_agent_api.php, worked out from what the user typed.</summary>
    internal sealed class ApiEndpoint
    {
        public const string ScriptPath = "/vicidial/non_agent_api.php";

        private ApiEndpoint(Uri uri) => Uri = uri;

        public Uri Uri { get; }

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
            if (text.IndexOf("://", StringComparison.Ordinal) < 0)
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
            return new ApiEndpoint(builder.Uri);
        }

        public override string ToString() => Uri.AbsoluteUri;
    }
}
