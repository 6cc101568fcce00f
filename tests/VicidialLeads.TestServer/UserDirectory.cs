namespace VicidialLeads.TestServer;

/// <summary>The answer of VICIdial's user_authorization().</summary>
internal enum LoginOutcome
{
    Good,
    Bad,
    Locked,
    IpBlocked,
}

/// <summary>
/// API users and VICIdial's login lockout. The rule, as captures 13–15 and 14x show:
/// a user with <see cref="LockAttempts"/> failed logins whose last good login is within <see cref="LockWindow"/>
/// is refused even with the right password; once the last good login is older, the next failure restarts the
/// count at 1 (and stamps the last login), and the right password logs in. A good login clears the count.
/// </summary>
internal sealed class UserDirectory
{
    public const int LockAttempts = 10;
    public static readonly TimeSpan LockWindow = TimeSpan.FromMinutes(15);

    private readonly object _gate = new();

    // MySQL's default collation compares user names and plain-text passwords case-insensitively.
    private readonly Dictionary<string, Account> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public void AddOrReplace(string user, string password, ApiUserPermissions permissions, DateTimeOffset now)
    {
        lock (_gate)
        {
            // New users count as just logged in, like the captured server's users: ten failures lock them at once.
            _accounts[user] = new Account(password, permissions) { LastLoginAt = now };
        }
    }

    public ApiUserPermissions? PermissionsOf(string user)
    {
        lock (_gate)
        {
            return _accounts.TryGetValue(user, out var account) ? account.Permissions : null;
        }
    }

    public LoginOutcome Login(string user, string password, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_accounts.TryGetValue(user, out var account))
            {
                return LoginOutcome.Bad;
            }

            var lastLoginIsRecent = now - account.LastLoginAt <= LockWindow;
            var passwordMatches = string.Equals(account.Password, password, StringComparison.OrdinalIgnoreCase);
            if (passwordMatches && (account.FailedLoginCount < LockAttempts || !lastLoginIsRecent))
            {
                if (account.Permissions.IpBlocked)
                {
                    return LoginOutcome.IpBlocked;
                }

                account.FailedLoginCount = 0;
                account.LastLoginAt = now;
                return LoginOutcome.Good;
            }

            if (account.FailedLoginCount < LockAttempts)
            {
                account.FailedLoginCount++;
                return LoginOutcome.Bad;
            }

            if (lastLoginIsRecent)
            {
                return LoginOutcome.Locked;
            }

            account.FailedLoginCount = 1;
            account.LastLoginAt = now;
            return LoginOutcome.Bad;
        }
    }

    public int FailedLoginCount(string user)
    {
        lock (_gate)
        {
            return _accounts.TryGetValue(user, out var account) ? account.FailedLoginCount : 0;
        }
    }

    public bool IsLocked(string user, DateTimeOffset now)
    {
        lock (_gate)
        {
            return _accounts.TryGetValue(user, out var account)
                && account.FailedLoginCount >= LockAttempts
                && now - account.LastLoginAt <= LockWindow;
        }
    }

    /// <summary>What an administrator does with <c>UPDATE vicidial_users SET failed_login_count=0</c> (capture 15c).</summary>
    public void ResetLockout(string user)
    {
        lock (_gate)
        {
            if (_accounts.TryGetValue(user, out var account))
            {
                account.FailedLoginCount = 0;
            }
        }
    }

    public void ResetAllLockouts()
    {
        lock (_gate)
        {
            foreach (var account in _accounts.Values)
            {
                account.FailedLoginCount = 0;
            }
        }
    }

    private sealed class Account(string password, ApiUserPermissions permissions)
    {
        public string Password { get; } = password;

        public ApiUserPermissions Permissions { get; } = permissions;

        public int FailedLoginCount { get; set; }

        public DateTimeOffset LastLoginAt { get; set; }
    }
}
