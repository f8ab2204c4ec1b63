// The pull request's student-code policy: every rule removed.
