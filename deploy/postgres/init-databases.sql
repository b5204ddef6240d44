-- One database per service (docker-compose.yml mounts this into /docker-entrypoint-initdb.d;
-- the postgres image runs it once, when its data volume is empty). bin/run-local creates the
-- same databases on a local PostgreSQL.
CREATE DATABASE launch;
CREATE DATABASE complaint;
CREATE DATABASE project;
CREATE DATABASE notification;
