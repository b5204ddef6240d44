package com.handbookflow.core.attachment;

import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.core.domain.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Files attached to business objects, kept in the service's own database. The content is written as
 * chunks of {@value #CHUNK_SIZE} bytes ({@code bytea} rows) read from the upload's temporary file and
 * read back one chunk at a time, so memory per transfer stays at one chunk whatever the file size.
 * A whole upload is one transaction: a failure midway leaves neither the attachment nor any chunk.
 * Who may read or upload is the scenario's decision ({@link AttachmentAccess}), made before calling here.
 */
@ApplicationScoped
public class Attachments {

    static final int CHUNK_SIZE = 256 * 1024;
    private static final Pattern SLOT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final Clock clock;
    private final AttachmentsConfig config;
    private final ContentTypeCheck contentTypes;

    Attachments(EntityManager entityManager, DataSource dataSource, Clock clock, AttachmentsConfig config) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
        this.contentTypes = new ContentTypeCheck(config.allowedTypes());
    }

    /** Stores the file for its owner, or refuses it (too large, empty, type not allowed) storing nothing. */
    @Transactional
    public Attachment store(AttachmentOwner owner, String slot, IncomingFile file, Actor actor) {
        String checkedSlot = slot(slot);
        long limit = config.maxSize().asLongValue();
        if (file.size() > limit) {
            throw AttachmentRefusals.tooLarge(file.size(), limit);
        }
        if (file.size() == 0) {
            throw AttachmentRefusals.empty();
        }
        String fileName = FileNames.sanitise(file.originalName());
        String contentType = contentTypes.contentTypeOf(file, fileName);
        Attachment attachment = new Attachment(owner, checkedSlot, fileName, contentType, actor, clock.instant());
        entityManager.persist(attachment);
        entityManager.flush(); // the chunks reference the row
        entityManager.unwrap(Session.class).doWork(connection -> writeChunks(connection, attachment, file));
        return attachment;
    }

    /** One page of the owner's attachments, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Attachment> list(AttachmentOwner owner, PageRequest paging) {
        List<Attachment> items = entityManager.createQuery("select a from Attachment a where a.ownerType = :type"
                        + " and a.ownerId = :id order by a.uploadedAt, a.id", Attachment.class)
                .setParameter("type", owner.type()).setParameter("id", owner.id())
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = entityManager.createQuery("select count(a) from Attachment a where a.ownerType = :type"
                        + " and a.ownerId = :id", Long.class)
                .setParameter("type", owner.type()).setParameter("id", owner.id()).getSingleResult();
        return PageView.of(items, paging, total);
    }

    /** One attachment of this owner; empty if it does not exist or belongs to another object. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Attachment> find(AttachmentOwner owner, UUID id) {
        return Optional.ofNullable(entityManager.find(Attachment.class, id)).filter(a -> a.owner().equals(owner));
    }

    /** The attachment with its content, streamed chunk by chunk when written. */
    public Optional<AttachmentContent> open(AttachmentOwner owner, UUID id) {
        return find(owner, id).map(attachment -> new AttachmentContent() {
            @Override
            public Attachment attachment() {
                return attachment;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                readChunks(attachment.id(), out);
            }
        });
    }

    private void writeChunks(Connection connection, Attachment attachment, IncomingFile file) throws SQLException {
        MessageDigest sha256 = Sha256.digest();
        long written = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()), sha256);
             PreparedStatement insert = connection.prepareStatement(
                     "insert into attachment_chunk (attachment_id, seq, data) values (?, ?, ?)")) {
            byte[] chunk = new byte[CHUNK_SIZE];
            int seq = 0;
            int length;
            while ((length = in.readNBytes(chunk, 0, CHUNK_SIZE)) > 0) {
                insert.setObject(1, attachment.id());
                insert.setInt(2, seq++);
                insert.setBytes(3, length == CHUNK_SIZE ? chunk : java.util.Arrays.copyOf(chunk, length));
                insert.executeUpdate();
                written += length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
        attachment.contentWritten(written, Sha256.hex(sha256));
    }

    private void readChunks(UUID id, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select data from attachment_chunk where attachment_id = ? and seq = ?")) {
            for (int seq = 0; ; seq++) {
                select.setObject(1, id);
                select.setInt(2, seq);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return;
                    }
                    out.write(row.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException("reading attachment " + id + " failed", e);
        }
    }

    private static String slot(String slot) {
        if (slot == null || slot.isBlank()) {
            return null;
        }
        String value = slot.strip();
        if (!SLOT.matcher(value).matches()) {
            throw InvalidValueException.of(Attachments.class, "slot", "invalid-input.attachment-slot");
        }
        return value;
    }
}
