using System;
using VicidialLeads.Transport;

namespace VicidialLeads.Protocol
{
    /// <summary>
    /// Recognizes the server's ERROR lines and turns the ones that stop the work into exceptions whose
    /// messages say the server's reason in plain words and never carry the echoed password.
    /// </summary>
    internal static class ServerErrorParser
    {
        public static ServerErrorLine Classify(string body)
        {
            string line = FirstLine(body);
            // The IP-block answer is printed without the ERROR prefix by some VICIdial builds.
            if (line.IndexOf("IP Address is not allowed", StringComparison.OrdinalIgnoreCase) >= 0 ||
                line.IndexOf("|IPBLOCK|", StringComparison.Ordinal) >= 0)
                return ServerErrorLine.IpBlocked;
            if (!line.StartsWith("ERROR:", StringComparison.Ordinal))
                return ServerErrorLine.None;
            if (Contains(line, "Login incorrect")) return ServerErrorLine.LoginRejected;
            if (Contains(line, "Too many login attempts")) return ServerErrorLine.AccountLocked;
            if (Contains(line, "PERMISSION TO USE THIS FUNCTION")) return ServerErrorLine.FunctionNotAllowed;
            if (Contains(line, "DOES NOT HAVE PERMISSION")) return ServerErrorLine.PermissionDenied;
            if (Contains(line, "Invalid Source")) return ServerErrorLine.InvalidSource;
            if (Contains(line, "NO MATCHES FOUND")) return ServerErrorLine.NoMatches;
            if (Contains(line, "NO VALID SEARCH METHOD")) return ServerErrorLine.NoValidSearchMethod;
            if (Contains(line, "LEAD NOT FOUND")) return ServerErrorLine.LeadNotFound;
            return ServerErrorLine.Other;
        }

        /// <summary>
        /// Whether <paramref name="body"/> is the answer a working login gets to a lead_search without a phone number:
        /// "no valid search method" (or, from some builds, "no matches"). Anything else means the API is not answering as it should.
        /// </summary>
        public static bool IsLoginCheckAnswer(string body)
        {
            ServerErrorLine line = Classify(body);
            return line == ServerErrorLine.NoValidSearchMethod || line == ServerErrorLine.NoMatches;
        }

        /// <summary>
        /// The exception for an answer that must stop the work, or null when the answer is not one.
        /// </summary>
        public static VicidialServerException? ToStoppingError(string body, string user, string source, string function, SecretRedactor redactor)
        {
            switch (Classify(body))
            {
                case ServerErrorLine.LoginRejected:
                    return new VicidialServerException(VicidialServerErrorKind.LoginRejected,
                        $"The VICIdial server rejected the login of user '{user}': the user name or password is wrong, or the user is not allowed to use the API. " +
                        "The login was not retried, because the server locks a user after 10 failed logins.",
                        "Check the user name and password, and that the user has API access (VICIdial admin: Users), then run Connect-VicidialApi again.");
                case ServerErrorLine.AccountLocked:
                    return new VicidialServerException(VicidialServerErrorKind.AccountLocked,
                        $"The VICIdial server has locked user '{user}' after too many failed logins. Try again in 15 minutes; " +
                        "while the lock lasts even the right password is refused, and nothing was retried.",
                        "Wait 15 minutes (or ask the VICIdial administrator to clear the user's failed logins), then run Connect-VicidialApi again.");
                case ServerErrorLine.IpBlocked:
                    return new VicidialServerException(VicidialServerErrorKind.IpBlocked,
                        $"The VICIdial server does not allow user '{user}' to log in from this computer's IP address{BlockedAddress(body)}. " +
                        "Ask the VICIdial administrator to allow this address for the user.",
                        "Add this computer's IP address to the user's allowed list in the VICIdial admin, or run from an allowed host.");
                case ServerErrorLine.FunctionNotAllowed:
                    return new VicidialServerException(VicidialServerErrorKind.PermissionDenied,
                        $"User '{user}' is not allowed to use the API function '{function}'. " +
                        "In the VICIdial admin, add it to the user's API Allowed Functions (or allow ALL_FUNCTIONS).",
                        $"Add '{function}' to the user's API Allowed Functions in the VICIdial admin.");
                case ServerErrorLine.PermissionDenied:
                    return new VicidialServerException(VicidialServerErrorKind.PermissionDenied,
                        $"User '{user}' does not have permission for '{function}': the server answered \"{Reason(body, redactor)}\". " +
                        "In the VICIdial admin, the user needs user level 8 or more, API access, and Modify Leads (modify_leads) set to 1 or more.",
                        "Give the user level 8 or more, API access and Modify Leads 1 or more in the VICIdial admin.");
                case ServerErrorLine.InvalidSource:
                    return new VicidialServerException(VicidialServerErrorKind.InvalidSource,
                        $"The VICIdial server refused the source '{source}': a source must have 2 to 20 letters or digits.",
                        "Run Connect-VicidialApi with a -Source of 2 to 20 letters or digits.");
                default:
                    return null;
            }
        }

        /// <summary>The server's reason text without the ERROR prefix and the echoed fields after it.</summary>
        public static string Reason(string body, SecretRedactor redactor)
        {
            string line = FirstLine(body);
            if (line.StartsWith("ERROR:", StringComparison.Ordinal))
                line = line.Substring("ERROR:".Length).Trim();
            int fields = line.IndexOf(": |", StringComparison.Ordinal);
            if (fields >= 0)
                line = line.Substring(0, fields);
            return redactor.Redact(line);
        }

        private static string BlockedAddress(string body)
        {
            const string marker = "not allowed: ";
            string line = FirstLine(body);
            int start = line.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (start < 0) return string.Empty;
            start += marker.Length;
            int end = line.IndexOf(": |", start, StringComparison.Ordinal);
            string address = (end < 0 ? line.Substring(start) : line.Substring(start, end - start)).Trim();
            return address.Length is > 0 and <= 64 ? $" ({address})" : string.Empty;
        }

        private static bool Contains(string line, string text) => line.IndexOf(text, StringComparison.Ordinal) >= 0;

        private static string FirstLine(string body)
        {
            int end = body.IndexOf('\n');
            return (end < 0 ? body : body.Substring(0, end)).TrimEnd('\r');
        }
    }
}
