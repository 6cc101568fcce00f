using System;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Functions.DncPhone
{
    /// <summary>
    /// Reads the one line add_dnc_phone and delete_dnc_phone answer (captures 72*, 73*):
    /// <c>SUCCESS: add_dnc_phone DNC NUMBER HAS BEEN ADDED - user|phone|campaign</c>, <c>ERROR: add_dnc_phone DNC NUMBER
    /// ALREADY EXISTS: |user|phone|campaign</c>, and for delete_dnc_phone HAS BEEN DELETED and DOES NOT EXIST. A repeat
    /// is an answer, not an error. Anything else is a <see cref="VicidialProtocolException"/>, never a guess.
    /// </summary>
    internal static class DncPhoneResponseParser
    {
        public static DncPhoneAnswer Parse(string body, DncChange change, string phoneNumber, string campaignId, SecretRedactor redactor)
        {
            string function = DncPhoneRequest.Function(change);
            string line = FirstLine(body);
            if (line.Length == 0)
                throw new VicidialProtocolException($"The server gave an empty answer to {function} for {phoneNumber}.");

            if (body.IndexOf('\n') < 0)
            {
                // Every answer ends with a newline: without it the answer was cut, and the request is safe to send again.
                throw new VicidialProtocolException($"The server's answer to {function} for {phoneNumber} was cut short: {redactor.Excerpt(body)}");
            }

            string done = change == DncChange.Add ? "DNC NUMBER HAS BEEN ADDED - " : "DNC NUMBER HAS BEEN DELETED - ";
            string already = change == DncChange.Add ? "DNC NUMBER ALREADY EXISTS: |" : "DNC NUMBER DOES NOT EXIST: |";
            if (line.StartsWith($"SUCCESS: {function} {done}", StringComparison.Ordinal))
                return Read(line, true, phoneNumber, campaignId, function, redactor);
            if (line.StartsWith($"ERROR: {function} {already}", StringComparison.Ordinal))
                return Read(line, false, phoneNumber, campaignId, function, redactor);
            if (line.StartsWith("ERROR:", StringComparison.Ordinal))
            {
                throw new VicidialProtocolException(
                    $"The server refused {function} for {phoneNumber}: \"{ServerErrorParser.Reason(body, redactor)}\".", isTransient: false);
            }
            throw new VicidialProtocolException($"The server's answer to {function} for {phoneNumber} is not VICIdial's: {redactor.Excerpt(body)}");
        }

        /// <summary>The echoed number and list must be the ones sent: the server cleans values silently, and an entry it changed is not the one asked for.</summary>
        private static DncPhoneAnswer Read(string line, bool changed, string phoneNumber, string campaignId, string function, SecretRedactor redactor)
        {
            string[] fields = line.Split('|');
            if (fields.Length < 3)
                throw new VicidialProtocolException($"The server's answer to {function} for {phoneNumber} is cut short: {redactor.Excerpt(line)}");
            string entry = fields[fields.Length - 2];
            string campaign = fields[fields.Length - 1];
            if (entry != phoneNumber || !string.Equals(campaign, campaignId, StringComparison.OrdinalIgnoreCase))
            {
                throw new VicidialProtocolException(
                    $"The server answered {function} about {entry} on {campaign}, but {phoneNumber} on {campaignId} was sent: {redactor.Excerpt(line)}", isTransient: false);
            }
            return new DncPhoneAnswer(changed, entry, campaign);
        }

        private static string FirstLine(string body)
        {
            int end = body.IndexOf('\n');
            return (end < 0 ? body : body.Substring(0, end)).TrimEnd('\r');
        }
    }
}
